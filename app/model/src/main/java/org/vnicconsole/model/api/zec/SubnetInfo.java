package org.vnicconsole.model.api.zec;

/**
 * A subnet as DescribeSubnets shows it.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param usageIpv4Count addresses held by vNICs; network, gateway and broadcast not counted
 * @param ipv6CidrBlock null without IPv6
 */
public record SubnetInfo(
        String subnetId,
        String regionId,
        String name,
        String cidrBlock,
        String gatewayIpAddress,
        String ipv6CidrBlock,
        String ipv6GatewayIpAddress,
        String stackType,
        String ipv6Type,
        String vpcId,
        String vpcName,
        Integer usageIpv4Count,
        Integer usageIpv6Count,
        String createTime,
        Boolean isDefault,
        String dhcpOptionsSetId,
        Integer ipv6MaskLength) {
}
