package org.vnicconsole.control.api;

import static org.vnicconsole.control.api.ErrorCodes.EXCEED_LENGTH;
import static org.vnicconsole.control.api.ErrorCodes.EXCEED_MAXIMUM;
import static org.vnicconsole.control.api.ErrorCodes.INVALID_PARAMETER_PATTERN_ERROR;
import static org.vnicconsole.control.api.ErrorCodes.INVALID_PARAMETER_TYPE;
import static org.vnicconsole.control.api.ErrorCodes.INVALID_PARAMETER_VALUE;
import static org.vnicconsole.control.api.ErrorCodes.LESS_LENGTH;
import static org.vnicconsole.control.api.ErrorCodes.LESS_MINIMUM;
import static org.vnicconsole.control.api.ErrorCodes.MISSING_PARAMETER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vnicconsole.model.error.Refusal;

/**
 * One authenticated API call as a handler sees it: who called, the request id, and typed access
 * to the JSON parameters. Every accessor refuses bad input with the public API's codes
 * (MISSING_PARAMETER, INVALID_PARAMETER_TYPE, INVALID_PARAMETER_VALUE, the EXCEED and LESS
 * families) and a message naming the field, so handlers never see a malformed value. A JSON
 * {@code null} counts as absent, as in the public SDKs. Confined to the thread running the action.
 */
public final class ActionRequest {

    private final String service;
    private final String action;
    private final String requestId;
    private final Caller caller;
    private final ObjectNode params;
    private final ObjectMapper mapper;

    ActionRequest(String service, String action, String requestId, Caller caller,
            ObjectNode params, ObjectMapper mapper) {
        this.service = service;
        this.action = action;
        this.requestId = requestId;
        this.caller = caller;
        this.params = params;
        this.mapper = mapper;
    }

    /** A request built outside the server, for testing handlers directly. */
    public static ActionRequest of(
            String service, String action, Caller caller, ObjectNode params) {
        return new ActionRequest(service, action, RequestIds.next(), caller, params,
                WireJson.mapper());
    }

    public String service() {
        return service;
    }

    public String action() {
        return action;
    }

    /** The request id of the reply envelope, {@code T} and an upper-case UUID. */
    public String requestId() {
        return requestId;
    }

    public Caller caller() {
        return caller;
    }

    /** A copy of the raw parameters. */
    public ObjectNode params() {
        return params.deepCopy();
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        JsonNode node = params.get(field);
        return node != null && !node.isNull();
    }

    /** A required string of any length but empty. */
    public String requiredString(String field) {
        return requiredString(field, 1, Integer.MAX_VALUE);
    }

    /** A required string whose length lies between the bounds, inclusive. */
    public String requiredString(String field, int minLength, int maxLength) {
        return optionalString(field, minLength, maxLength).orElseThrow(() -> missing(field));
    }

    /** An optional string; empty when absent. */
    public Optional<String> optionalString(String field) {
        return optionalString(field, 0, Integer.MAX_VALUE);
    }

    /** An optional string whose length, when present, lies between the bounds. */
    public Optional<String> optionalString(String field, int minLength, int maxLength) {
        if (!has(field)) {
            return Optional.empty();
        }
        String value = textOf(field, params.get(field));
        checkLength(field, value.length(), minLength, maxLength, "characters");
        return Optional.of(value);
    }

    /**
     * A required string of the given length that must match the pattern as a whole; a mismatch
     * gets INVALID_PARAMETER_PATTERN_ERROR with {@code shape} in the message.
     */
    public String requiredMatching(String field, int minLength, int maxLength, Pattern pattern,
            String shape) {
        return optionalMatching(field, minLength, maxLength, pattern, shape)
                .orElseThrow(() -> missing(field));
    }

    /** An optional string that, when present, has the given length and matches the pattern. */
    public Optional<String> optionalMatching(String field, int minLength, int maxLength,
            Pattern pattern, String shape) {
        Optional<String> value = optionalString(field, minLength, maxLength);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            throw Refusal.badParameter(INVALID_PARAMETER_PATTERN_ERROR, field,
                    field + " must be " + shape);
        }
        return value;
    }

    /** A required string that must be one of the allowed values (case-sensitive). */
    public String requiredEnum(String field, List<String> allowed) {
        return optionalEnum(field, allowed).orElseThrow(() -> missing(field));
    }

    /** An optional string that, when present, must be one of the allowed values. */
    public Optional<String> optionalEnum(String field, List<String> allowed) {
        Optional<String> value = optionalString(field);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw Refusal.badParameter(INVALID_PARAMETER_VALUE, field, field + " must be one of "
                    + allowed + ", got '" + value.get() + "'");
        }
        return value;
    }

    /** A required integer between the bounds, inclusive. */
    public int requiredInt(String field, int min, int max) {
        return optionalInt(field, min, max).orElseThrow(() -> missing(field));
    }

    /** An optional integer that, when present, lies between the bounds. */
    public Optional<Integer> optionalInt(String field, int min, int max) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = params.get(field);
        BigDecimal value = integralValue(field, node);
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw Refusal.badParameter(EXCEED_MAXIMUM, field,
                    field + " must be at most " + max + ", got " + node.asText());
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw Refusal.badParameter(LESS_MINIMUM, field,
                    field + " must be at least " + min + ", got " + node.asText());
        }
        return Optional.of(value.intValueExact());
    }

    /** An optional number (integer or fraction) that, when present, lies between the bounds. */
    public Optional<Double> optionalNumber(String field, double min, double max) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = params.get(field);
        if (!node.isNumber()) {
            throw wrongType(field, "a number", node);
        }
        double value = node.asDouble();
        if (value > max) {
            throw Refusal.badParameter(EXCEED_MAXIMUM, field,
                    field + " must be at most " + max + ", got " + node.asText());
        }
        if (value < min) {
            throw Refusal.badParameter(LESS_MINIMUM, field,
                    field + " must be at least " + min + ", got " + node.asText());
        }
        return Optional.of(value);
    }

    /** A required boolean. */
    public boolean requiredBool(String field) {
        return optionalBool(field).orElseThrow(() -> missing(field));
    }

    /** An optional boolean; empty when absent. */
    public Optional<Boolean> optionalBool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = params.get(field);
        if (!node.isBoolean()) {
            throw wrongType(field, "a boolean", node);
        }
        return Optional.of(node.booleanValue());
    }

    /** A required list of 1 to {@code maxItems} strings. */
    public List<String> requiredStringList(String field, int maxItems) {
        if (!has(field)) {
            throw missing(field);
        }
        List<String> values = optionalStringList(field, maxItems);
        checkLength(field, values.size(), 1, maxItems, "items");
        return values;
    }

    /** An optional list of at most {@code maxItems} strings; empty when absent. */
    public List<String> optionalStringList(String field, int maxItems) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode node = params.get(field);
        if (!node.isArray()) {
            throw wrongType(field, "an array of strings", node);
        }
        checkLength(field, node.size(), 0, maxItems, "items");
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            values.add(textOf(field + "[" + i + "]", node.get(i)));
        }
        return List.copyOf(values);
    }

    /** The page asked for: pageNum (default 1) and pageSize (default 20, at most 1000). */
    public PageRequest page() {
        int pageNum = optionalInt("pageNum", 1, Integer.MAX_VALUE).orElse(1);
        int pageSize = optionalInt("pageSize", 1, PageRequest.MAX_SIZE)
                .orElse(PageRequest.DEFAULT_SIZE);
        return new PageRequest(pageNum, pageSize);
    }

    /**
     * The parameters bound to a record by component name. Unknown fields are ignored; a value of
     * the wrong JSON type is refused with INVALID_PARAMETER_TYPE naming the field. Required-ness
     * and ranges are not checked here: use the typed accessors for those.
     */
    public <T> T bind(Class<T> type) {
        try {
            return mapper.treeToValue(params, type);
        } catch (MismatchedInputException e) {
            String field = WireJson.pathOf(e);
            throw Refusal.badParameter(INVALID_PARAMETER_TYPE, field,
                    field + " has the wrong JSON type for " + action);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Refusal.badParameter(INVALID_PARAMETER_VALUE, null,
                    "the parameters do not fit " + action);
        }
    }

    private static String textOf(String field, JsonNode node) {
        if (!node.isTextual()) {
            throw wrongType(field, "a string", node);
        }
        return node.textValue();
    }

    private static BigDecimal integralValue(String field, JsonNode node) {
        if (!node.isNumber()) {
            throw wrongType(field, "an integer", node);
        }
        BigDecimal value = node.decimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            throw wrongType(field, "an integer", node);
        }
        return value;
    }

    private static void checkLength(String field, int length, int min, int max, String unit) {
        if (length > max) {
            throw Refusal.badParameter(EXCEED_LENGTH, field,
                    field + " must have at most " + max + " " + unit + ", got " + length);
        }
        if (length < min) {
            throw Refusal.badParameter(LESS_LENGTH, field,
                    field + " must have at least " + min + " " + unit + ", got " + length);
        }
    }

    private static Refusal missing(String field) {
        return Refusal.badParameter(MISSING_PARAMETER, field, field + " is required");
    }

    private static Refusal wrongType(String field, String expected, JsonNode node) {
        return Refusal.badParameter(INVALID_PARAMETER_TYPE, field,
                field + " must be " + expected + ", got " + WireJson.typeName(node));
    }
}
