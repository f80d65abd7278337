package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * Parameters of the zec action DescribeImages. Replies with a {@link Page} of {@link ImageInfo}.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record DescribeImagesRequest(
        String zoneId,
        List<String> imageIds,
        String imageName,
        String category,
        String imageType,
        String imageSource,
        String osType,
        String imageStatus,
        Integer pageNum,
        Integer pageSize,
        List<String> tagKeys) {
}
