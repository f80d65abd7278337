package org.vnicconsole.model.domain;

import java.time.Instant;

/**
 * A subnet of a VPC in one region: an IPv4 CIDR and, optionally, an IPv6 prefix from which each
 * IPv6-enabled vNIC gets its own /96.
 *
 * @param ipv6Prefix the IPv6 prefix in CIDR form, or null when the subnet has no IPv6
 * @param ipv6Type {@code Private} or {@code Public}, or null without IPv6
 */
public record Subnet(
        String id,
        String vpcId,
        String regionId,
        String name,
        String cidr,
        String ipv6Prefix,
        String ipv6Type,
        Instant createdAt) {

    /** Whether vNICs in this subnet can hold an IPv6 address. */
    public boolean hasIpv6() {
        return ipv6Prefix != null;
    }

    /** The public API's stack type: {@code IPv4} or {@code IPv4_IPv6}. */
    public String stackType() {
        return hasIpv6() ? "IPv4_IPv6" : "IPv4";
    }
}
