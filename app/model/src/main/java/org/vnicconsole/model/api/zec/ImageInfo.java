package org.vnicconsole.model.api.zec;

import java.util.List;

/**
 * An image as DescribeImages shows it.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param imageSize GiB
 * @param nicNetworkType the instance nicNetworkType values the image supports
 */
public record ImageInfo(
        String imageId,
        String imageName,
        String imageType,
        String imageSource,
        Integer imageSize,
        String imageDescription,
        String imageVersion,
        String imageStatus,
        String category,
        String osType,
        List<String> nicNetworkType) {
}
