package org.vnicconsole.console.connection;

import org.vnicconsole.console.shell.ConsoleSession;

/**
 * What the connection dialog or the command line asks for: an endpoint and the secrets typed
 * (empty to use the stored ones), and whether to store them. {@code toString} hides the secrets.
 * Immutable.
 */
public record ConnectionRequest(Endpoint endpoint, String secret, String operatorSecret,
        boolean rememberSecrets) {

    /**
     * The opener of this connection: runs off the UI thread, stores what should be remembered,
     * fills missing secrets from the store and connects.
     */
    public ConsoleSession.Opener opener(ConnectionStore store) {
        return listener -> {
            String tenantSecret = secret == null || secret.isEmpty()
                    ? store.secret(endpoint.keyId()).orElseThrow(() -> new IllegalStateException(
                            "No secret for key " + endpoint.keyId() + ": type it in Connect…"))
                    : secret;
            String opSecret = operatorSecret == null || operatorSecret.isEmpty()
                    ? store.secret(endpoint.operatorKeyId()).orElse(null) : operatorSecret;
            if (rememberSecrets) {
                store.storeSecret(endpoint.keyId(), tenantSecret);
                if (opSecret != null && !endpoint.operatorKeyId().isEmpty()) {
                    store.storeSecret(endpoint.operatorKeyId(), opSecret);
                }
            }
            store.remember(endpoint);
            return ApiSessions.open(endpoint.endpoint(), endpoint.scheme(), endpoint.keyId(),
                    tenantSecret, endpoint.operatorKeyId(), opSecret, listener);
        };
    }

    @Override
    public String toString() {
        return "ConnectionRequest[" + endpoint + ", secrets hidden]";
    }
}
