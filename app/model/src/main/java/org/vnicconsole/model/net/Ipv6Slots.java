package org.vnicconsole.model.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;
import java.math.BigInteger;

/**
 * A subnet's IPv6 prefix cut into /96 slots, one per IPv6-enabled vNIC (IPV6-DEFAULT). Slot
 * {@code k} is the k-th /96 of the prefix; its first address is the vNIC's address. Slot 0, the
 * /96 at the prefix's own first address, is never handed out. Immutable and thread-safe.
 */
public final class Ipv6Slots {

    /** The prefix length of every vNIC's IPv6 block. */
    public static final int VNIC_PREFIX = 96;

    private final IPv6Address prefix;
    private final BigInteger base;

    private Ipv6Slots(IPv6Address prefix) {
        this.prefix = prefix;
        this.base = prefix.getLower().getValue();
    }

    /**
     * Parses an IPv6 prefix between /32 and /95, such as {@code 2001:db8:10:1::/64}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Ipv6Slots parse(String cidr) {
        if (cidr == null || cidr.isBlank()) {
            throw new IllegalArgumentException("IPv6 prefix is empty");
        }
        IPAddress address;
        try {
            address = new IPAddressString(cidr.trim()).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not a valid IPv6 prefix", e);
        }
        Integer length = address.getNetworkPrefixLength();
        if (!address.isIPv6() || length == null) {
            throw new IllegalArgumentException("'" + cidr + "' is not an IPv6 prefix in CIDR form");
        }
        if (length < 32 || length > 95) {
            throw new IllegalArgumentException("IPv6 prefix length /" + length
                    + " is outside /32 to /95");
        }
        if (!address.isPrefixBlock()) {
            throw new IllegalArgumentException("'" + cidr + "' has host bits set");
        }
        return new Ipv6Slots(address.toIPv6());
    }

    /** The prefix in canonical form. */
    public String cidr() {
        return prefix.toCanonicalString();
    }

    /** Whether the two prefixes share any address. */
    public boolean overlaps(Ipv6Slots other) {
        BigInteger upper = prefix.getUpper().getValue();
        BigInteger otherUpper = other.prefix.getUpper().getValue();
        return base.compareTo(otherUpper) <= 0 && other.base.compareTo(upper) <= 0;
    }

    /** The prefix's gateway: its first address after the prefix address itself. */
    public String gateway() {
        return new IPv6Address(base.add(BigInteger.ONE)).toCanonicalString();
    }

    /** How many slots exist, slot 0 included; capped at {@link Long#MAX_VALUE}. */
    public long slotCount() {
        int bits = VNIC_PREFIX - prefix.getNetworkPrefixLength();
        return bits >= 63 ? Long.MAX_VALUE : 1L << bits;
    }

    /** The vNIC address of slot {@code k}: the first address of the k-th /96. */
    public String address(long slot) {
        return slotStart(slot).toCanonicalString();
    }

    /** The /96 of slot {@code k}. */
    public String block(long slot) {
        return slotStart(slot).toPrefixBlock(VNIC_PREFIX).toCanonicalString();
    }

    private IPv6Address slotStart(long slot) {
        if (slot < 1 || slot >= slotCount()) {
            throw new IllegalArgumentException("IPv6 slot " + slot + " is outside 1.."
                    + (slotCount() - 1));
        }
        BigInteger value = base.add(BigInteger.valueOf(slot).shiftLeft(128 - VNIC_PREFIX));
        return new IPv6Address(value);
    }
}
