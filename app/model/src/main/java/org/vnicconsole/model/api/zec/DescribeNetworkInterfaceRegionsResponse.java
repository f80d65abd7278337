package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * What the zec action DescribeNetworkInterfaceRegions returns inside {@code response}, besides
 * {@code requestId}.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record DescribeNetworkInterfaceRegionsResponse(List<String> regionIds) {
}
