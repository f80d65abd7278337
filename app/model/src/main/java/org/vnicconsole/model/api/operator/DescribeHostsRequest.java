package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * DescribeHosts filters and paging; every component may be null.
 *
 * @param withVfs true to list every VF of every adapter with what it backs
 */
public record DescribeHostsRequest(String zoneId, List<String> hostIds, Boolean withVfs,
        Integer pageSize, Integer pageNum) {
}
