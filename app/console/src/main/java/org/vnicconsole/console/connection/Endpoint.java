package org.vnicconsole.console.connection;

/**
 * Where and as whom to connect: {@code host[:port]}, the scheme, and the access key ids for the
 * tenant ({@code zec}) and, optionally, operator services. Secrets are not part of it: they stay
 * in the {@link ConnectionStore}'s private file. Immutable.
 *
 * @param operatorKeyId empty when there is no operator key (a real Zenlayer account)
 */
public record Endpoint(String endpoint, String scheme, String keyId, String operatorKeyId) {

    /** Normalises nulls to empty strings. */
    public Endpoint {
        scheme = scheme == null || scheme.isBlank() ? "https" : scheme;
        keyId = keyId == null ? "" : keyId;
        operatorKeyId = operatorKeyId == null ? "" : operatorKeyId;
    }

    /** {@code https://host:port}. */
    public String label() {
        return scheme + "://" + endpoint;
    }

    @Override
    public String toString() {
        return label() + (keyId.isEmpty() ? "" : " as " + keyId);
    }
}
