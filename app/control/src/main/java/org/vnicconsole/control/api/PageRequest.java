package org.vnicconsole.control.api;

import java.util.List;
import org.vnicconsole.model.api.zec.Page;

/**
 * The page a Describe action was asked for: {@code pageNum} from 1, {@code pageSize} rows.
 * Immutable.
 *
 * @param pageNum the page, from 1
 * @param pageSize rows per page, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int pageNum, int pageSize) {

    /** The page size when the request names none. */
    public static final int DEFAULT_SIZE = 20;

    /** The largest page size the public API allows. */
    public static final int MAX_SIZE = 1000;

    /** Rows to skip before this page, for SQL {@code OFFSET}. */
    public long offset() {
        return (long) (pageNum - 1) * pageSize;
    }

    /** This page of an already filtered list, with the list's size as the total count. */
    public <T> Page<T> slice(List<T> all) {
        long from = Math.min(offset(), all.size());
        long to = Math.min(from + pageSize, all.size());
        return new Page<>(all.size(), List.copyOf(all.subList((int) from, (int) to)));
    }
}
