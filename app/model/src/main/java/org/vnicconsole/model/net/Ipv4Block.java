package org.vnicconsole.model.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.Optional;

/**
 * An IPv4 CIDR block and the address roles of RULES.md inside it: the network address, the
 * gateway (first usable address) and the broadcast address are never assigned (IPV4-RESERVED).
 * Address math is done by the IPAddress library; addresses are exchanged as dotted strings or as
 * unsigned 32-bit values in a {@code long}. Immutable and thread-safe.
 */
public final class Ipv4Block {

    /**
     * Dotted quads only: no inet_aton forms, which would read {@code 10.1.1} as 10.1.0.1 and
     * {@code 10.1.1.010} as the octal 10.1.1.8, and no single-number or binary forms.
     */
    private static final IPAddressStringParameters DOTTED_QUAD =
            new IPAddressStringParameters.Builder().allow_inet_aton(false)
                    .allowSingleSegment(false).allowEmpty(false).allowAll(false)
                    .getIPv4AddressParametersBuilder().allowLeadingZeros(false)
                    .allowBinary(false).getParentBuilder().toParams();

    /** Why an address inside the block cannot be assigned. */
    public enum Reserved {
        NETWORK("network address"),
        GATEWAY("gateway address"),
        BROADCAST("broadcast address");

        private final String words;

        Reserved(String words) {
            this.words = words;
        }

        /** The role in words, for messages. */
        public String words() {
            return words;
        }
    }

    private final IPv4Address block;
    private final long network;
    private final long broadcast;

    private Ipv4Block(IPv4Address block) {
        this.block = block;
        this.network = block.getLower().longValue();
        this.broadcast = block.getUpper().longValue();
    }

    /**
     * Parses a CIDR such as {@code 10.0.1.0/24}. Host bits must be zero and the prefix between 8
     * and 29, so that the block has room for the three reserved addresses and at least one more.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Ipv4Block parse(String cidr) {
        IPAddress address = parseIpv4(cidr, "IPv4 CIDR block");
        Integer prefix = address.getNetworkPrefixLength();
        if (prefix == null) {
            throw new IllegalArgumentException("'" + cidr + "' has no prefix length; write it as "
                    + "a CIDR block such as 10.0.1.0/24");
        }
        if (prefix < 8 || prefix > 29) {
            throw new IllegalArgumentException("prefix length /" + prefix + " of '" + cidr
                    + "' is outside /8 to /29");
        }
        if (!address.isPrefixBlock()) {
            throw new IllegalArgumentException("'" + cidr + "' has host bits set; the block is "
                    + address.toPrefixBlock().toCanonicalString());
        }
        return new Ipv4Block(address.toIPv4());
    }

    /**
     * Parses one dotted IPv4 address (no prefix) to its unsigned value.
     *
     * @throws IllegalArgumentException when it is not a single IPv4 address
     */
    public static long parseAddress(String text) {
        IPAddress address = parseIpv4(text, "IPv4 address");
        if (address.getNetworkPrefixLength() != null || address.isMultiple()) {
            throw new IllegalArgumentException("'" + text + "' is not a single IPv4 address");
        }
        return address.toIPv4().longValue();
    }

    /** Formats an unsigned 32-bit value as a dotted address. */
    public static String format(long value) {
        return new IPv4Address((int) value).toNormalizedString();
    }

    private static IPAddress parseIpv4(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        try {
            IPAddress address = new IPAddressString(text.trim(), DOTTED_QUAD).toAddress();
            if (!address.isIPv4()) {
                throw new IllegalArgumentException("'" + text + "' is not an " + what);
            }
            return address;
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + what, e);
        }
    }

    /** The block in canonical CIDR form. */
    public String cidr() {
        return block.toCanonicalString();
    }

    public int prefixLength() {
        return block.getNetworkPrefixLength();
    }

    public long network() {
        return network;
    }

    /** The gateway: the first usable address. */
    public long gateway() {
        return network + 1;
    }

    public long broadcast() {
        return broadcast;
    }

    /** The first address that may be assigned to a vNIC. */
    public long firstAssignable() {
        return network + 2;
    }

    /** The last address that may be assigned to a vNIC. */
    public long lastAssignable() {
        return broadcast - 1;
    }

    /** How many addresses may be assigned in all. */
    public long assignableCount() {
        return lastAssignable() - firstAssignable() + 1;
    }

    public boolean contains(long address) {
        return address >= network && address <= broadcast;
    }

    /** Whether every address of {@code other} lies in this block. */
    public boolean contains(Ipv4Block other) {
        return contains(other.network) && contains(other.broadcast);
    }

    public boolean overlaps(Ipv4Block other) {
        return network <= other.broadcast && other.network <= broadcast;
    }

    /** The reserved role of an address inside the block, if it has one. */
    public Optional<Reserved> reserved(long address) {
        if (address == network) {
            return Optional.of(Reserved.NETWORK);
        }
        if (address == gateway()) {
            return Optional.of(Reserved.GATEWAY);
        }
        if (address == broadcast) {
            return Optional.of(Reserved.BROADCAST);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return cidr();
    }
}
