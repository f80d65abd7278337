package org.vnicconsole.control.actions;

import java.util.List;
import org.vnicconsole.model.api.zec.ImageInfo;

/** The few common images this control plane offers; instances may name any image id. */
final class Images {

    static final List<ImageInfo> ALL = List.of(
            image("ubuntu2404_20240712", "Ubuntu 24.04", "Ubuntu", "24.04", "linux"),
            image("rocky9_20240601", "Rocky Linux 9", "Rocky", "9", "linux"),
            image("debian12_20240615", "Debian 12", "Debian", "12", "linux"),
            image("vyos_1_4", "VyOS 1.4", "VyOS", "1.4", "linux"),
            image("win2022_20240610", "Windows Server 2022", "Windows", "2022", "windows"));

    private Images() {
    }

    /** The image's display name, or the id when it is not one of the offered images. */
    static String name(String imageId) {
        return ALL.stream().filter(image -> image.imageId().equals(imageId))
                .map(ImageInfo::imageName).findFirst().orElse(imageId);
    }

    private static ImageInfo image(String id, String name, String category, String version,
            String os) {
        return new ImageInfo(id, name, "PUBLIC_IMAGE", "OFFICIAL", 20, name + " cloud image",
                version, "AVAILABLE", category, os, List.of("Auto", "FailOver", "VirtioOnly"));
    }
}
