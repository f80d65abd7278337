package org.vnicconsole.model.api.zec;

/**
 * A zone as DescribeZones shows it.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record ZoneInfo(
        String zoneId,
        String regionId,
        String zoneName,
        Boolean supportSecurityGroup,
        String timeZone,
        String cityName,
        String cityCode,
        String countryCode,
        String countryName,
        Boolean supportHaVip) {
}
