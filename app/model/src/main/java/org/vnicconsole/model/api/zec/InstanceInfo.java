package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * An instance as DescribeInstances shows it: the networking fields and the simple non-networking
 * ones. Disks and instance options are not modelled. The component after {@code placementGroupId}
 * is an extra of this system.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param instanceName the display name (not {@code name})
 * @param memory GiB
 * @param subnetId the primary vNIC's subnet
 * @param securityGroupId the primary vNIC's security group
 * @param hostId extra: the host the instance runs on
 */
public record InstanceInfo(
        String instanceId,
        String instanceName,
        String zoneId,
        String instanceType,
        Integer cpu,
        Integer memory,
        String status,
        String nicNetworkType,
        List<String> publicIpAddresses,
        List<String> privateIpAddresses,
        String subnetId,
        String securityGroupId,
        Boolean enableIpForward,
        List<NicInfo> nics,
        String createTime,
        String expiredTime,
        String resourceGroupId,
        String resourceGroupName,
        Tags tags,
        String imageId,
        String imageName,
        String timeZone,
        String keyId,
        Boolean enableAgent,
        Boolean enableAgentMonitor,
        List<String> loadBalancerIds,
        String placementGroupId,
        String hostId) {
}
