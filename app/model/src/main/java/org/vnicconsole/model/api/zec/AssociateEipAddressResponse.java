package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * What the zec action AssociateEipAddress returns inside {@code response}, besides {@code
 * requestId}. Always empty on success here: binding several EIPs is all or none.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record AssociateEipAddressResponse(List<String> failedEipIds) {
}
