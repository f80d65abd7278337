package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action DescribeZones.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record DescribeZonesRequest(List<String> zoneIds) {
}
