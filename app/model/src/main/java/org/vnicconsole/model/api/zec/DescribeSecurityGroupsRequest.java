package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action DescribeSecurityGroups. Replies with a {@link Page} of {@link
 * SecurityGroupInfo}.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record DescribeSecurityGroupsRequest(
        List<String> securityGroupIds,
        String securityGroupName,
        Integer pageSize,
        Integer pageNum) {
}
