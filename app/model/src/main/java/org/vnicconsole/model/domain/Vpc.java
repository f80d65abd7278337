package org.vnicconsole.model.domain;

import java.time.Instant;

/** A VPC: a private IPv4 range that subnets in any region carve up. */
public record Vpc(String id, String name, String cidr, int mtu, Instant createdAt) {
}
