package org.vnicconsole.control.api;

import static org.vnicconsole.control.api.ErrorCodes.EXCEED_LENGTH;
import static org.vnicconsole.control.api.ErrorCodes.INTERNAL_SERVER_ERROR;
import static org.vnicconsole.control.api.ErrorCodes.INVALID_PARAMETER_TYPE;
import static org.vnicconsole.control.api.ErrorCodes.INVALID_PARAMETER_VALUE;
import static org.vnicconsole.control.api.ErrorCodes.MISSING_PARAMETER;
import static org.vnicconsole.control.api.ErrorCodes.RESOURCE_NOT_FOUND;
import static org.vnicconsole.control.api.ErrorCodes.UNAUTHORIZED_OPERATION;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.auth.SignatureVerifier;
import org.vnicconsole.model.error.Refusal;

/**
 * The one route of the API, {@code POST /api/v2/{service}}: reads the body within the limit,
 * finds the service, verifies the signature and the caller's role, checks the optional service
 * and version headers, finds the action, parses the JSON object and runs the handler, then writes
 * the {@code {requestId, response}} envelope or the {@code {requestId, code, message}} error.
 * Every outcome is logged as one line on {@code vnic.http}. Thread-safe; runs on Jetty's workers.
 */
final class ApiEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ApiEndpoint.class);

    /**
     * How much of an oversize body is read and dropped before answering 413, so that a client
     * still sending gets the answer instead of a broken connection. Beyond it the connection is
     * closed at once.
     */
    private static final long DRAIN_BYTES = 16L << 20;

    /** Request attribute set once this endpoint has written the reply's envelope. */
    private static final String ENVELOPE_WRITTEN = "vnic.envelopeWritten";

    private final ActionRegistry registry;
    private final SignatureVerifier verifier;
    private final int maxBodyBytes;
    private final long drainLimit;
    private final ObjectMapper mapper = WireJson.mapper();

    ApiEndpoint(ActionRegistry registry, SignatureVerifier verifier, int maxBodyBytes) {
        this.registry = registry;
        this.verifier = verifier;
        this.maxBodyBytes = maxBodyBytes;
        this.drainLimit = Math.max(DRAIN_BYTES, maxBodyBytes);
    }

    void handle(Context ctx) {
        long started = System.nanoTime();
        String requestId = RequestIds.next();
        String service = ctx.pathParam("service");
        String action = trimmed(ctx.header("x-zc-action"));
        Caller caller = null;
        try {
            byte[] body = readBody(ctx);
            ServiceDefinition definition = registry.service(service)
                    .orElseThrow(() -> unknownService(service));
            caller = verifier.verify(ctx::header, body);
            checkRole(definition, caller);
            checkServiceHeaders(ctx, definition);
            ActionHandler handler = findHandler(definition, action);
            ObjectNode params = parseObject(body);
            Object result = handler.handle(
                    new ActionRequest(service, action, requestId, caller, params, mapper));
            write(ctx, 200, success(requestId, result));
        } catch (ApiError e) {
            write(ctx, e.status(), error(requestId, e.code(), e.getMessage()));
        } catch (Refusal e) {
            write(ctx, e.status(), error(requestId, e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {} {} failed", RequestLog.clean(service), RequestLog.clean(action),
                    requestId, e);
            write(ctx, 500, error(requestId, INTERNAL_SERVER_ERROR,
                    "the server failed on this request; its log has the details under request id "
                            + requestId));
        } finally {
            RequestLog.line(service, action, ctx.statusCode(), started, requestId, caller);
        }
    }

    /** Writes an error envelope for a request that never reached the API route. */
    /**
     * Writes the envelope of a route-level error (no such path, wrong method). Javalin calls
     * these handlers for every reply of that status, so an envelope this endpoint already wrote
     * (a service's 404 such as INVALID_VPC_NOT_FOUND) is kept as it is.
     */
    static void writeRouteError(Context ctx, int status, String code, String message) {
        if (Boolean.TRUE.equals(ctx.attribute(ENVELOPE_WRITTEN))) {
            return;
        }
        String requestId = RequestIds.next();
        write(ctx, status, error(requestId, code, message));
    }

    private byte[] readBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > drainLimit) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.max(0, Math.min(declared, maxBodyBytes)));
            byte[] buffer = new byte[8192];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > drainLimit) {
                    throw tooLarge();
                }
                if (total <= maxBodyBytes) {
                    out.write(buffer, 0, read);
                }
            }
            if (total > maxBodyBytes) {
                throw tooLarge();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiError.badRequest(
                    INVALID_PARAMETER_VALUE, "the request body could not be read");
        }
    }

    private ApiError unknownService(String service) {
        return new ApiError(404, RESOURCE_NOT_FOUND, "no service '" + RequestLog.clean(service)
                + "' here; services: " + registry.serviceNames());
    }

    private ApiError tooLarge() {
        return new ApiError(413, EXCEED_LENGTH,
                "the request body exceeds the limit of " + maxBodyBytes + " bytes");
    }

    private static void checkRole(ServiceDefinition definition, Caller caller) {
        if (!definition.allowedRoles().contains(caller.role())) {
            throw ApiError.unauthorized(UNAUTHORIZED_OPERATION, "the key " + caller.keyId()
                    + " may not call the " + definition.name() + " service; it needs an "
                    + "operator key");
        }
    }

    private static void checkServiceHeaders(Context ctx, ServiceDefinition definition) {
        String service = trimmed(ctx.header("x-zc-service"));
        if (service != null && !service.equals(definition.name())) {
            throw ApiError.badRequest(INVALID_PARAMETER_VALUE, "x-zc-service says '"
                    + RequestLog.clean(service) + "' but the path is /api/v2/" + definition.name());
        }
        String version = trimmed(ctx.header("x-zc-version"));
        if (version != null && !version.equals(definition.version())) {
            throw ApiError.badRequest(INVALID_PARAMETER_VALUE, "version '"
                    + RequestLog.clean(version) + "' is not served; " + definition.name()
                    + " speaks " + definition.version());
        }
    }

    private ActionHandler findHandler(ServiceDefinition definition, String action) {
        if (action == null) {
            throw ApiError.badRequest(MISSING_PARAMETER, "the x-zc-action header is missing");
        }
        return registry.handler(definition.name(), action).orElseThrow(() ->
                ApiError.badRequest(INVALID_PARAMETER_VALUE, "unknown action '"
                        + RequestLog.clean(action) + "' for " + definition.name() + " "
                        + definition.version()));
    }

    private ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ApiError.badRequest(INVALID_PARAMETER_VALUE, "the request body exceeds a JSON "
                    + "limit: nesting depth 64, numbers of 100 digits");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw ApiError.badRequest(INVALID_PARAMETER_VALUE, "the request body is not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column "
                            + where.getColumnNr() + ")"));
        } catch (IOException e) {
            throw ApiError.badRequest(
                    INVALID_PARAMETER_VALUE, "the request body is not valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            return mapper.createObjectNode();
        }
        if (!node.isObject()) {
            throw ApiError.badRequest(INVALID_PARAMETER_TYPE,
                    "the request body must be a JSON object, got " + WireJson.typeName(node));
        }
        return (ObjectNode) node;
    }

    private ObjectNode success(String requestId, Object result) {
        ObjectNode response = mapper.createObjectNode();
        response.put("requestId", requestId);
        if (result != null) {
            JsonNode fields = mapper.valueToTree(result);
            if (!fields.isObject()) {
                throw new IllegalStateException("an action returned " + fields.getNodeType()
                        + " where an object belongs");
            }
            fields.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("requestId")) {
                    response.set(field.getKey(), field.getValue());
                }
            });
        }
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("requestId", requestId);
        envelope.set("response", response);
        return envelope;
    }

    private static ObjectNode error(String requestId, String code, String message) {
        ObjectNode envelope = WireJson.mapper().createObjectNode();
        envelope.put("requestId", requestId);
        envelope.put("code", code);
        envelope.put("message", message);
        return envelope;
    }

    private static void write(Context ctx, int status, ObjectNode envelope) {
        try {
            ctx.attribute(ENVELOPE_WRITTEN, true);
            ctx.status(status)
                    .contentType("application/json")
                    .result(WireJson.mapper().writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope could not be written", e);
        }
    }

    private static String trimmed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.trim();
    }
}
