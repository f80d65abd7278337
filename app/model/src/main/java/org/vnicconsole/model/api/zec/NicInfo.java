package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * A vNIC as DescribeNetworkInterfaces and DescribeInstances ({@code nics[]}) show it. The
 * components after {@code tags} are extras of this system that the public API lacks; public
 * clients ignore them.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param primaryIpv6 null when the stack is IPv4
 * @param ipv6Cidr the vNIC's IPv6 prefix; null when the stack is IPv4
 * @param instanceId the attached instance; null while the vNIC is free
 * @param sourceDestCheck extra: source/destination checking on this vNIC (SRC-DST-CHECK)
 * @param queueCount extra: Tx and Rx queues each, sized by the instance (capacity table)
 * @param rateLimitMbps extra: the vNIC's own rate limit applied by the PF (VNIC-BOUNDARY)
 * @param vfPciAddress extra: PCI address of the Virtual Function held while attached (HOST-VF)
 * @param hostId extra: the host whose adapter gives the VF; null while unattached
 * @param dataPathState extra: where traffic flows now, for example VF or VIRTIO during a
 *     migration (MIGRATION-PATH)
 */
public record NicInfo(
        String nicId,
        String name,
        String status,
        String nicType,
        String regionId,
        String nicSubnetType,
        List<String> publicIpList,
        List<String> privateIpList,
        String primaryIpv4,
        String primaryIpv6,
        String ipv6Cidr,
        List<String> secondaryIpv4s,
        String macAddress,
        String instanceId,
        String vpcId,
        String subnetId,
        String createTime,
        String updateTime,
        ResourceGroupInfo resourceGroup,
        String securityGroupId,
        Tags tags,
        Boolean sourceDestCheck,
        Integer queueCount,
        Integer rateLimitMbps,
        String vfPciAddress,
        String hostId,
        String dataPathState) {
}
