package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action CreateNetworkInterface.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record CreateNetworkInterfaceRequest(
        String name,
        String subnetId,
        String nicStackType,
        String resourceGroupId,
        String securityGroupId,
        String internetChargeType,
        Integer bandwidth,
        Double packageSize,
        String clusterId,
        String eipBindType,
        List<String> eipIds,
        MarketingInfo marketingOptions,
        TagAssociation tags) {
}
