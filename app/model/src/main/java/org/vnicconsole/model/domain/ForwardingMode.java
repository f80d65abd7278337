package org.vnicconsole.model.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an EIP reaches its private IP: Standard (translated by the platform, {@code FullNat} on the
 * wire) or Bypass (delivered to the guest as is, {@code Passthrough} on the wire). All EIPs bound on
 * one vNIC share one mode (EIP-ONE-MODE).
 */
public enum ForwardingMode {
    STANDARD("FullNat"),
    BYPASS("Passthrough");

    private final String wireName;

    ForwardingMode(String wireName) {
        this.wireName = wireName;
    }

    /** The public API's name for this mode. */
    public String wireName() {
        return wireName;
    }

    /** The mode for a public API name, if it is one. */
    public static Optional<ForwardingMode> fromWire(String name) {
        return Arrays.stream(values()).filter(mode -> mode.wireName.equals(name)).findFirst();
    }
}
