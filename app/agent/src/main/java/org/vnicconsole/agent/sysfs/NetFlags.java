package org.vnicconsole.agent.sysfs;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the hexadecimal {@code flags} attribute of {@code /sys/class/net/<dev>} into the flag
 * names {@code ip link} prints. LOWER_UP is not in that word; the caller adds it from carrier.
 */
final class NetFlags {

    private static final String[] NAMES = {
        "UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS", "RUNNING", "NOARP",
        "PROMISC", "ALLMULTI", "MASTER", "SLAVE", "MULTICAST", "PORTSEL", "AUTOMEDIA", "DYNAMIC",
    };

    private NetFlags() {
    }

    /** The flag names for a value such as {@code 0x1003}; null when the text is not hex. */
    static List<String> decode(String hex) {
        if (hex == null) {
            return null;
        }
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        long word;
        try {
            word = Long.parseLong(digits, 16);
        } catch (NumberFormatException e) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((word & (1L << bit)) != 0 && !"RUNNING".equals(NAMES[bit])) {
                names.add(NAMES[bit]);
            }
        }
        return names;
    }
}
