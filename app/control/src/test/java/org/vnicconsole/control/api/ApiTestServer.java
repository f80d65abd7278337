package org.vnicconsole.control.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.vnicconsole.control.auth.AccessKey;
import org.vnicconsole.control.auth.KeyRing;

/**
 * A real API server on a free loopback port with fixed test keys and {@link TestActions}, and a
 * JDK HTTP client that signs with {@link ReferenceSigner}. One per test class or test.
 */
final class ApiTestServer implements AutoCloseable {

    static final AccessKey TENANT =
            new AccessKey("AKTESTTENANTKEY00001", "tenant-secret-for-tests", Role.TENANT);
    static final AccessKey OPERATOR =
            new AccessKey("OKTESTOPERATORKEY001", "operator-secret-for-tests", Role.OPERATOR);
    static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private ApiTestServer(ApiServer server) {
        this.server = server;
    }

    static ApiTestServer start() {
        return start(options -> options);
    }

    static ApiTestServer start(UnaryOperator<ApiServerOptions> customise) {
        ActionRegistry registry = ActionRegistry.withStandardServices();
        TestActions.register(registry);
        ApiServerOptions options = customise.apply(ApiServerOptions.loopback(0));
        return new ApiTestServer(ApiServer.start(options, registry, new KeyRing(TENANT, OPERATOR)));
    }

    String host() {
        return "127.0.0.1:" + server.port();
    }

    /** Headers of a request signed now by the reference signer. */
    Map<String, String> signed(AccessKey key, String action, byte[] body) {
        return signed(key, action, body, Instant.now().getEpochSecond());
    }

    /** Headers of a request signed at the given Unix time by the reference signer. */
    Map<String, String> signed(AccessKey key, String action, byte[] body, long timestamp) {
        String signature = ReferenceSigner.signature(
                key.secret(), JSON, host(), Long.toString(timestamp), body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON);
        headers.put("x-zc-action", action);
        headers.put("x-zc-timestamp", Long.toString(timestamp));
        headers.put("x-zc-signature-method", "ZC2-HMAC-SHA256");
        headers.put("Authorization", ReferenceSigner.authorization(key.keyId(), signature));
        return headers;
    }

    /** A signed call with a JSON body, as an SDK makes it. */
    Reply call(AccessKey key, String service, String action, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(service, signed(key, action, body), body);
    }

    /** A POST to {@code /api/v2/<service>} with exactly these headers and body. */
    Reply post(String service, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(server.baseUri() + "/api/v2/" + service))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("content-type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI baseUri() {
        return server.baseUri();
    }

    @Override
    public void close() {
        server.close();
    }

    /** A reply: status, raw body and content type, with the body as JSON on demand. */
    record Reply(int status, String body, String contentType) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }

        String message() {
            return json().path("message").asText();
        }
    }
}
