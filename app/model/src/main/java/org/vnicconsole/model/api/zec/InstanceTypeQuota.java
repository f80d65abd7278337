package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * One instance type offered in a zone (DescribeZoneInstanceConfigInfos).
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param withStock whether the zone can place one now
 */
public record InstanceTypeQuota(
        String zoneId,
        String instanceType,
        String instanceTypeName,
        Integer cpuCount,
        Integer memory,
        Long bps,
        Long pps,
        Integer internetMaxBandwidthOutLimit,
        Boolean withStock,
        List<String> internetChargeTypes) {
}
