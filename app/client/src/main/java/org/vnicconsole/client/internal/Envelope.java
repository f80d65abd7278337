package org.vnicconsole.client.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of a successful reply: the outer {@code requestId} and the {@code response} object.
 * Immutable value.
 *
 * @param requestId the server's request id, or null when the reply had none
 * @param response the {@code response} object, never null
 */
public record Envelope(String requestId, JsonNode response) {
}
