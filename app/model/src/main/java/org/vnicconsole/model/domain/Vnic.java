package org.vnicconsole.model.domain;

import java.time.Instant;

/**
 * A virtual network interface. Its subnet never changes (VNIC-SUBNET-FIXED); its identity (IPs,
 * MAC, security group, EIPs) moves whole with it (ELASTIC-IDENTITY).
 *
 * @param instanceId the instance it is attached to, or null
 * @param deviceIndex its slot on the instance (0 = primary), or null when detached
 * @param zoneId the zone it was first attached in, or null if never attached
 *     (VNIC-ATTACH-SCOPE)
 * @param rateLimitMbps its own transmit limit, or null when unlimited
 * @param queueCount queues per direction while attached (sized by the instance), or null
 * @param ipv6Address its IPv6 address, or null when IPv6 is not enabled
 * @param ipv6Cidr its /96, or null when IPv6 is not enabled
 */
public record Vnic(
        String id,
        String name,
        VnicKind kind,
        String subnetId,
        String macAddress,
        String instanceId,
        Integer deviceIndex,
        String zoneId,
        String securityGroupId,
        boolean sourceDestCheck,
        Integer rateLimitMbps,
        Integer queueCount,
        String ipv6Address,
        String ipv6Cidr,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether it is attached to an instance. */
    public boolean isAttached() {
        return instanceId != null;
    }
}
