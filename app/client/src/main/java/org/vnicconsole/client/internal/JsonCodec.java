package org.vnicconsole.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vnicconsole.client.ApiException;

/**
 * The client's JSON conventions: unset (null) request fields are left out, as every public SDK
 * does, and a request record without fields is written as {@code {}}; unknown response fields
 * are ignored, so newer servers do not break older clients.
 * Thread-safe once built.
 */
public final class JsonCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** The configured mapper, for reading replies. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The request as a JSON object; {@code {}} for null. */
    public ObjectNode toTree(Object request) {
        if (request == null) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode tree = mapper.valueToTree(request);
            if (tree instanceof ObjectNode object) {
                return object;
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiException.SDK_INVALID_REQUEST,
                    "cannot write the request as JSON: " + e.getMessage(), null, 0, e);
        }
        throw new ApiException(ApiException.SDK_INVALID_REQUEST,
                "a request must be a JSON object: " + request.getClass().getName(), null, 0, null);
    }

    /** The exact bytes to send and sign. */
    public byte[] toBytes(JsonNode tree) {
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(ApiException.SDK_INVALID_REQUEST,
                    "cannot write the request as JSON: " + e.getMessage(), null, 0, e);
        }
    }
}
