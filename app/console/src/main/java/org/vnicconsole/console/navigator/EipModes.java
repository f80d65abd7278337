package org.vnicconsole.console.navigator;

/**
 * The console's words for EIP forwarding modes: Standard for {@code FullNat}, Bypass for
 * {@code Passthrough} (EIP-ONE-MODE).
 */
public final class EipModes {

    /** The wire name of a Standard EIP. */
    public static final String STANDARD = "FullNat";

    /** The wire name of a Bypass EIP. */
    public static final String BYPASS = "Passthrough";

    private EipModes() {
    }

    /** {@code Standard} or {@code Bypass} for a wire name; the wire name otherwise. */
    public static String words(String bindType) {
        if (STANDARD.equals(bindType)) {
            return "Standard";
        }
        if (BYPASS.equals(bindType)) {
            return "Bypass";
        }
        return bindType == null ? "unknown mode" : bindType;
    }
}
