package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action CreateZecInstances. Only the networking fields and the simple non-
 * networking ones are modelled; disks and instance options sent by public clients are ignored.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record CreateZecInstancesRequest(
        String zoneId,
        String imageId,
        String instanceType,
        Integer instanceCount,
        String subnetId,
        String instanceName,
        String password,
        String keyId,
        String nicNetworkType,
        String securityGroupId,
        String lanIp,
        Boolean enableIpForward,
        String ipStackType,
        String internetChargeType,
        Integer bandwidth,
        Double trafficPackageSize,
        String networkLineType,
        String clusterId,
        String ipv6ClusterId,
        String eipBindType,
        List<String> eipIds,
        String resourceGroupId,
        TagAssociation tags,
        String timeZone,
        Boolean enableAgent,
        String userData,
        MarketingInfo marketingOptions) {
}
