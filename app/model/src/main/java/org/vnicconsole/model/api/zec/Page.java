package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * One page of a paged Describe action: {@code totalCount} is every match, {@code dataSet} the
 * page asked for with {@code pageNum} (1-based) and {@code pageSize} (default 20, at most 1000).
 * Used for DescribeNetworkInterfaces, DescribeVpcs, DescribeSubnets, DescribeSecurityGroups,
 * DescribeInstances, DescribeEips and DescribeImages. Immutable.
 *
 * @param <T> the record type of one row
 * @param totalCount how many rows match the filters, on all pages
 * @param dataSet the rows of this page; empty past the last page
 */
public record Page<T>(Integer totalCount, List<T> dataSet) {

    /** An empty page. */
    public static <T> Page<T> empty() {
        return new Page<>(0, List.of());
    }
}
