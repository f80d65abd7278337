package org.vnicconsole.model.domain;

import java.time.Instant;
import org.vnicconsole.model.capacity.InstanceType;

/**
 * An instance: its type (and so its caps), where it runs, and the subnet of its primary vNIC.
 *
 * @param ipForward the instance-level forwarding switch (SRC-DST-CHECK off on every vNIC)
 */
public record Instance(
        String id,
        String name,
        InstanceType type,
        String zoneId,
        String hostId,
        String subnetId,
        String imageId,
        InstanceStatus status,
        boolean ipForward,
        Instant createdAt) {
}
