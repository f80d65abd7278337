package org.vnicconsole.agent.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.signing.Zc2Signer;

/**
 * Sends a host inventory document to the operator service: one POST in the Zenlayer v2 wire
 * format (action {@code RegisterHostInventory}, service {@code operator}, version
 * {@code 2025-09-01}), signed with ZC2-HMAC-SHA256. Until the operator client exists this is the
 * agent's only caller of that action. Safe from any thread; each call is one request.
 */
public final class InventoryPoster {

    /** The operator action the document is sent to. */
    public static final String ACTION = OperatorApi.REGISTER_HOST_INVENTORY;
    public static final String SERVICE = OperatorApi.SERVICE;
    public static final String VERSION = OperatorApi.VERSION;

    /** The operator service's answer: its HTTP status and body (an envelope). */
    public record Reply(int status, String body) {
    }

    private static final Logger LOG = LoggerFactory.getLogger("org.vnicconsole.agent.http");
    private static final String CONTENT_TYPE = "application/json";

    private final HttpClient client;
    private final String keyId;
    private final String keySecret;
    private final Clock clock;

    /**
     * @param keyId the operator access key id (env {@code VNIC_OPERATOR_KEY_ID})
     * @param keySecret the operator access key secret (env {@code VNIC_OPERATOR_KEY_SECRET})
     */
    public InventoryPoster(String keyId, String keySecret, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.keyId = keyId;
        this.keySecret = keySecret;
        this.clock = clock;
    }

    /** Posts the body; returns the reply, or throws when the request could not be sent. */
    public Reply post(URI url, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String host = url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = Zc2Signer.signature(keySecret, CONTENT_TYPE, host, timestamp, bytes);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .header("x-zc-action", ACTION)
                .header("x-zc-service", SERVICE)
                .header("x-zc-version", VERSION)
                .header("x-zc-timestamp", timestamp)
                .header("x-zc-signature-method", Zc2Signer.ALGORITHM)
                .header("Authorization", Zc2Signer.authorization(keyId, signature))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        LOG.trace("{} {} in {} ms", ACTION, response.statusCode(),
                (System.nanoTime() - started) / 1_000_000);
        return new Reply(response.statusCode(), response.body());
    }
}
