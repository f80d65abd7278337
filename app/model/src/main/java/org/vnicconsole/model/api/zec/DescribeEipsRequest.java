package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action DescribeEips. Replies with a {@link Page} of {@link EipInfo}.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record DescribeEipsRequest(
        List<String> eipIds,
        String regionId,
        String name,
        String status,
        Boolean isDefault,
        Integer pageSize,
        Integer pageNum,
        String privateIpAddress,
        String ipAddress,
        List<String> ipAddresses,
        String instanceId,
        String associatedId,
        List<String> cidrIds,
        String resourceGroupId,
        List<String> tagKeys,
        List<Tag> tags,
        String internetChargeType,
        Integer prefixLength) {
}
