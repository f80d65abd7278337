package org.vnicconsole.model.net;

import java.util.Locale;

/**
 * The MACs the platform gives vNICs: locally administered unicast addresses made from a
 * never-decreasing serial, so a MAC is never handed out twice (MAC-UNIQUE). The first octet is
 * {@code 02} (locally administered, unicast), the second {@code 5a}, the rest the serial.
 */
public final class MacAddresses {

    /** How many MACs the serial space holds. */
    public static final long SPACE = 1L << 32;

    private MacAddresses() {
    }

    /** The MAC for a serial number in {@code [0, SPACE)}. */
    public static String forSerial(long serial) {
        if (serial < 0 || serial >= SPACE) {
            throw new IllegalArgumentException("MAC serial " + serial + " is out of range");
        }
        return String.format(Locale.ROOT, "02:5a:%02x:%02x:%02x:%02x",
                (serial >>> 24) & 0xff, (serial >>> 16) & 0xff, (serial >>> 8) & 0xff,
                serial & 0xff);
    }

    /** Whether a MAC's first octet marks it locally administered and unicast. */
    public static boolean isLocallyAdministeredUnicast(String mac) {
        int first = Integer.parseInt(mac.substring(0, 2), 16);
        return (first & 0x02) != 0 && (first & 0x01) == 0;
    }
}
