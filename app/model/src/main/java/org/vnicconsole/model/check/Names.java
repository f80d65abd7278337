package org.vnicconsole.model.check;

import java.util.regex.Pattern;
import org.vnicconsole.model.error.Refusal;

/**
 * Name rules of the public API: 2 to 63 characters of letters, digits, {@code -} and {@code .}
 * (vNICs and EIPs also {@code _}), starting and ending with a letter or digit. Security groups:
 * 1 to 64 of letters, digits, {@code -} and {@code .}.
 */
public final class Names {

    private static final Pattern PLAIN =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,61}[A-Za-z0-9])");
    private static final Pattern WITH_UNDERSCORE =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])");
    private static final Pattern SECURITY_GROUP = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    private Names() {
    }

    /** Checks a VPC, subnet or instance name. */
    public static String plain(String field, String name) {
        return check(field, name, PLAIN, "2 to 63 letters, digits, '-' or '.'");
    }

    /** Checks a vNIC or EIP name. */
    public static String withUnderscore(String field, String name) {
        return check(field, name, WITH_UNDERSCORE, "2 to 63 letters, digits, '-', '_' or '.'");
    }

    /** Checks a security group name. */
    public static String securityGroup(String field, String name) {
        if (name == null || !SECURITY_GROUP.matcher(name).matches()) {
            throw Refusal.badParameter(code(name, 64), field, field + " '" + shorten(name)
                    + "' must be 1 to 64 letters, digits, '-' or '.'");
        }
        return name;
    }

    private static String check(String field, String name, Pattern pattern, String what) {
        if (name == null || !pattern.matcher(name).matches()) {
            throw Refusal.badParameter(code(name, 63), field, field + " '" + shorten(name)
                    + "' must be " + what + ", starting and ending with a letter or digit");
        }
        return name;
    }

    private static String code(String name, int max) {
        if (name != null && name.length() > max) {
            return "INVALID_PARAMETER_EXCEED_LENGTH";
        }
        if (name != null && name.length() < 2 && max == 63) {
            return "INVALID_PARAMETER_LESS_LENGTH";
        }
        return "INVALID_PARAMETER_PATTERN_ERROR";
    }

    private static String shorten(String name) {
        if (name == null) {
            return "";
        }
        return name.length() > 70 ? name.substring(0, 67) + "..." : name;
    }
}
