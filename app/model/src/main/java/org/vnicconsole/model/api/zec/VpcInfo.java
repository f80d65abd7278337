package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * A VPC as DescribeVpcs shows it. VPCs are global: there is no region field.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param ipv6CidrBlock null while private IPv6 is not enabled
 */
public record VpcInfo(
        String vpcId,
        String name,
        String cidrBlock,
        String ipv6CidrBlock,
        Integer mtu,
        Boolean isDefault,
        String createTime,
        Integer usageIpv4Count,
        Integer usageIpv6Count,
        String securityGroupId,
        List<String> dnsZoneIds,
        ResourceGroupInfo resourceGroup,
        Tags tags) {
}
