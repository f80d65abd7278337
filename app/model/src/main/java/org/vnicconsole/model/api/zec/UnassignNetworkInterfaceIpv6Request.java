package org.vnicconsole.model.api.zec;

/**
 * Parameters of the zec action UnassignNetworkInterfaceIpv6. This system always refuses it
 * (IPV6-ONE-WAY).
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record UnassignNetworkInterfaceIpv6Request(String nicId) {
}
