package org.vnicconsole.control.api;

/**
 * Who signed a request: the access key id and the role of that key. Never holds the secret.
 * Immutable.
 *
 * @param keyId the access key id from the request's {@code Credential=}
 * @param role what the key may call
 */
public record Caller(String keyId, Role role) {
}
