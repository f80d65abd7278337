package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action DescribeSubnets. Replies with a {@link Page} of {@link SubnetInfo}.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record DescribeSubnetsRequest(
        List<String> subnetIds,
        String name,
        String cidrBlock,
        String regionId,
        List<String> vpcIds,
        String dhcpOptionsSetId,
        Integer pageSize,
        Integer pageNum) {
}
