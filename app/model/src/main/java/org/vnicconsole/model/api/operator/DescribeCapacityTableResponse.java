package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * What the operator action DescribeCapacityTable returns inside {@code response}: every row,
 * smallest first, and the most addresses an unattached vNIC may hold. Not paged. Immutable.
 *
 * @param capacitySet the rows
 * @param unattachedIpv4Limit the largest per-vNIC IPv4 cap of any row (CAP-ATTACH-FIT)
 */
public record DescribeCapacityTableResponse(List<CapacityRow> capacitySet,
        Integer unattachedIpv4Limit) {
}
