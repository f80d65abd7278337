package org.vnicconsole.agent.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers to pick values out of {@code key value} sequences in pasted lines. */
final class Tokens {

    static final String MAC = "[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}";

    private Tokens() {
    }

    /** The token after {@code key} in a space-separated line, or null. */
    static String after(String line, String key) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + "\\s+(\\S+)")
                .matcher(line);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The integer after {@code key}, or null. */
    static Integer intAfter(String line, String key) {
        return toInt(after(line, key));
    }

    /** A decimal integer, or null. */
    static Integer toInt(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.replaceAll("[,;]$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal long, or null. */
    static Long toLong(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A PCI address with its domain: {@code 05:00.0} becomes {@code 0000:05:00.0}. */
    static String pciWithDomain(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.chars().filter(c -> c == ':').count() == 1 ? "0000:" + lower : lower;
    }
}
