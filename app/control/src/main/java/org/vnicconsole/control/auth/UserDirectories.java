package org.vnicconsole.control.auth;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the current user's files live, following the XDG base-directory convention with an
 * override variable each. Pure: reads only the environment map it is given and the
 * {@code user.home} property.
 */
public final class UserDirectories {

    private static final String APP = "vnic-console";

    private UserDirectories() {
    }

    /**
     * Keys and settings: {@code $VNIC_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/vnic-console},
     * else {@code ~/.config/vnic-console}.
     */
    public static Path configDir(Map<String, String> env) {
        return resolve(env, "VNIC_CONFIG_DIR", "XDG_CONFIG_HOME", ".config");
    }

    /**
     * The store and other data: {@code $VNIC_DATA_DIR}, else {@code $XDG_DATA_HOME/vnic-console},
     * else {@code ~/.local/share/vnic-console}.
     */
    public static Path dataDir(Map<String, String> env) {
        return resolve(env, "VNIC_DATA_DIR", "XDG_DATA_HOME", ".local/share");
    }

    private static Path resolve(Map<String, String> env, String own, String xdg, String fallback) {
        String direct = env.get(own);
        if (direct != null && !direct.isBlank()) {
            return Path.of(direct);
        }
        String base = env.get(xdg);
        if (base != null && !base.isBlank()) {
            return Path.of(base, APP);
        }
        return Path.of(System.getProperty("user.home"), fallback, APP);
    }
}
