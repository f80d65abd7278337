package org.vnicconsole.agent.inventory;

/**
 * One address on a network device, as {@code ip addr} shows it. Immutable.
 *
 * @param family {@code inet} or {@code inet6}
 * @param cidr the address with its prefix length, for example {@code 192.168.12.53/24}
 * @param scope {@code global}, {@code link}, {@code host} or {@code unknown}
 * @param dynamic whether the address came from DHCP or SLAAC and has a lifetime
 */
public record IpAddress(String family, String cidr, String scope, boolean dynamic) {

    /** Whether the address is an IPv6 link-local address, which the kernel adds by itself. */
    public boolean isLinkLocal() {
        return "link".equals(scope) || cidr.toLowerCase(java.util.Locale.ROOT).startsWith("fe80:");
    }

    /** Whether the address is loopback-scoped. */
    public boolean isHostScope() {
        return "host".equals(scope);
    }
}
