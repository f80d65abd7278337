package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action CreateEips.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record CreateEipsRequest(
        String regionId,
        String name,
        String internetChargeType,
        Integer amount,
        String networkLineType,
        String cidrId,
        String publicIp,
        Integer bandwidth,
        List<String> instanceIds,
        String bindType,
        Double flowPackage,
        String clusterId,
        String peerRegionId,
        String rateLimitMode,
        String resourceGroupId,
        TagAssociation tags,
        MarketingInfo marketingOptions) {
}
