package org.vnicconsole.control.auth;

import org.vnicconsole.control.api.Role;

/**
 * An access key: its public id, its secret (the HMAC key of ZC2-HMAC-SHA256) and the role it
 * grants. {@link #toString()} never shows the secret, so a key can be logged safely. Immutable.
 *
 * @param keyId the public id sent as {@code Credential=}
 * @param secret the secret; never logged, never sent
 * @param role what the key may call
 */
public record AccessKey(String keyId, String secret, Role role) {

    @Override
    public String toString() {
        return "AccessKey[keyId=" + keyId + ", role=" + role + ", secret=<hidden>]";
    }
}
