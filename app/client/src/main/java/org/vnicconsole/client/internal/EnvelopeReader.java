package org.vnicconsole.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.vnicconsole.client.ApiException;

/**
 * Turns raw replies into an {@link Envelope} or an {@link ApiException}: HTTP 200 must carry
 * {@code {requestId, response}}; any other status is an error, read from
 * {@code {requestId, code, message}} when the body is such an envelope and reported as
 * {@code JSON_PARSE_FAILED} when it is not. Stateless; safe from any thread.
 */
public final class EnvelopeReader {

    private static final int SNIPPET_LENGTH = 200;

    private final ObjectMapper mapper;

    /** Reads with the given mapper. */
    public EnvelopeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads one reply.
     *
     * @param status the HTTP status
     * @param cfMitigated the {@code cf-mitigated} header, or null
     * @param body the raw body bytes
     * @return the envelope of a successful reply
     * @throws ApiException for an error reply or a body that is not the expected envelope
     */
    public Envelope read(int status, String cfMitigated, byte[] body) {
        if (status == 403 && "challenge".equalsIgnoreCase(cfMitigated)) {
            throw new ApiException(ApiException.SECURITY_CHALLENGE,
                    "a front proxy asked for a browser challenge", null, status, null);
        }
        if (status == 451) {
            throw new ApiException(ApiException.REQUEST_BLOCKED,
                    "the request was blocked before it reached the service", null, status, null);
        }
        JsonNode tree = parse(body);
        String requestId = text(tree, "requestId");
        if (status != 200) {
            String code = text(tree, "code");
            if (code == null) {
                throw notAnEnvelope(status, "an error reply without a code", body);
            }
            String message = text(tree, "message");
            throw new ApiException(code, message == null ? code : message, requestId, status, null);
        }
        JsonNode response = tree == null ? null : tree.get("response");
        if (response == null || !response.isObject()) {
            throw notAnEnvelope(status, "a reply without a response object", body);
        }
        return new Envelope(requestId, response);
    }

    /** Maps the {@code response} object onto the expected type; null for {@link Void}. */
    public <T> T convert(Envelope envelope, JavaType type) {
        if (type.hasRawClass(Void.class)) {
            return null;
        }
        try {
            return mapper.readerFor(type).readValue(envelope.response());
        } catch (IOException e) {
            throw new ApiException(ApiException.JSON_PARSE_FAILED,
                    "the response does not fit " + type.toCanonical() + ": " + e.getMessage(),
                    envelope.requestId(), 200, e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode tree = mapper.readTree(body);
            return tree != null && tree.isObject() ? tree : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree == null ? null : tree.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static ApiException notAnEnvelope(int status, String what, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        String snippet = text.length() > SNIPPET_LENGTH
                ? text.substring(0, SNIPPET_LENGTH) + "..." : text;
        return new ApiException(ApiException.JSON_PARSE_FAILED,
                "HTTP " + status + " with " + what + ": " + snippet, null, status, null);
    }
}
