package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * A security group as DescribeSecurityGroups shows it.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record SecurityGroupInfo(
        String securityGroupId,
        String securityGroupName,
        String scope,
        String createTime,
        List<String> vpcIds,
        Boolean isDefault,
        List<String> nicIdList,
        List<String> natIdList,
        List<String> loadBalancerIdList,
        List<String> haVipIdList) {
}
