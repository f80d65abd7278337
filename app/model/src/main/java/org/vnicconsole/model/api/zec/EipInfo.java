package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * An elastic IP as DescribeEips shows it. The public fields eipGeoRefs, blockInfoList and
 * operationInfo are not modelled: this system never sets them, and clients treat them as absent.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param nicId deprecated in the public API in favour of associatedId; still filled for NIC
 *     bindings
 * @param instanceId set only when associatedType is NIC
 * @param bindType FullNat (Standard EIP) or Passthrough (Bypass EIP)
 * @param prefixLength 32 for a single address (Java SDK and CLI only; Go ignores it)
 */
public record EipInfo(
        String eipId,
        String name,
        String regionId,
        String peerRegionId,
        Boolean isDefault,
        String status,
        List<String> publicIpAddresses,
        String privateIpAddress,
        String networkLineType,
        String eipV4Type,
        String internetChargeType,
        String cidrId,
        String nicId,
        String associatedId,
        String associatedType,
        String instanceId,
        String bindType,
        Double flowPackage,
        List<FlowPackageInfo> flowPackages,
        Integer bandwidth,
        String rateLimitMode,
        String createTime,
        String expiredTime,
        String resourceGroupId,
        String resourceGroupName,
        BandwidthClusterInfo bandwidthCluster,
        Tags tags,
        Integer prefixLength) {
}
