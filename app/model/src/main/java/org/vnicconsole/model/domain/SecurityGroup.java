package org.vnicconsole.model.domain;

import java.time.Instant;

/** A security group; each vNIC has exactly one (VNIC-BOUNDARY). */
public record SecurityGroup(String id, String name, boolean isDefault, Instant createdAt) {
}
