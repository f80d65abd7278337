package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action UnassignNetworkInterfaceIpv4. ipAddress is deprecated; ipAddresses
 * wins when both are given.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record UnassignNetworkInterfaceIpv4Request(
        String nicId,
        List<String> ipAddresses,
        String ipAddress) {
}
