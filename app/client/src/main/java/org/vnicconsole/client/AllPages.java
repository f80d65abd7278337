package org.vnicconsole.client;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.model.api.zec.Page;

/**
 * Reads every row of a paged Describe action the way the {@code zeno} CLI's {@code --page-all}
 * does: pages 1, 2, ... of a fixed size until {@code totalCount} rows are collected or a page
 * comes back short. Blocking: async callers run it on their own background task. Stateless.
 */
public final class AllPages {

    /** The page size the CLI uses for {@code --page-all}. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Stops a server that ignores {@code pageNum} from keeping the loop going for ever. */
    private static final int MAX_PAGES = 10_000;

    private AllPages() {
    }

    /** Builds the call for one page; {@code pageNum} is 1-based. */
    @FunctionalInterface
    public interface PageCall<T> {

        /** The call that reads page {@code pageNum} of {@code pageSize} rows. */
        ApiCall<Page<T>> page(int pageNum, int pageSize);
    }

    /**
     * Every row, in the server's order.
     *
     * @param pageSize rows per page, 1 to 1000
     * @param pageCall the call for one page, for example
     *     {@code (num, size) -> zec.describeVpcs(new DescribeVpcsRequest(..., size, num))}
     * @throws ApiException as the first page call that fails
     */
    public static <T> List<T> collect(int pageSize, PageCall<T> pageCall) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be 1 to 1000: " + pageSize);
        }
        List<T> rows = new ArrayList<>();
        for (int pageNum = 1; pageNum <= MAX_PAGES; pageNum++) {
            Page<T> page = pageCall.page(pageNum, pageSize).execute();
            List<T> pageRows = page.dataSet() == null ? List.of() : page.dataSet();
            rows.addAll(pageRows);
            boolean complete = page.totalCount() != null && rows.size() >= page.totalCount();
            if (complete || pageRows.size() < pageSize) {
                break;
            }
        }
        return rows;
    }
}
