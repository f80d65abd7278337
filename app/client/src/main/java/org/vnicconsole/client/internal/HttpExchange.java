package org.vnicconsole.client.internal;

import java.io.IOException;
import java.time.Clock;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.client.ApiNetworkException;
import org.vnicconsole.client.ApiService;

/**
 * One attempt of a call: signs the body with the current time, sends it, and reads the reply
 * into an {@link Envelope}, or throws the {@link ApiException} it amounts to. I/O failures become
 * {@link ApiNetworkException}, or a {@code CANCELLED} exception when the call was cancelled.
 * Logs each exchange at TRACE on the HTTP logger. Thread-safe.
 */
public final class HttpExchange {

    private final OkHttpClient http;
    private final RequestSigner signer;
    private final EnvelopeReader reader;
    private final Clock clock;
    private final Logger log;

    /** An exchange over this client, signer and reader, logging on the named logger. */
    public HttpExchange(OkHttpClient http, RequestSigner signer, EnvelopeReader reader,
            Clock clock, String loggerName) {
        this.http = http;
        this.signer = signer;
        this.reader = reader;
        this.clock = clock;
        this.log = LoggerFactory.getLogger(loggerName);
    }

    /** Sends one signed attempt and returns the envelope of a successful reply. */
    public Envelope send(
            ApiService service, String action, byte[] body, Cancellation cancellation) {
        Request request = signer.sign(service, action, body, clock.instant());
        Call exchange = http.newCall(request);
        if (!cancellation.track(exchange)) {
            throw Cancellation.failure(null);
        }
        long startNanos = System.nanoTime();
        try (Response response = exchange.execute()) {
            ResponseBody responseBody = response.body();
            byte[] bytes = responseBody == null ? new byte[0] : responseBody.bytes();
            log.trace("{} {} {} in {} ms", service.pathSegment(), action, response.code(),
                    millisSince(startNanos));
            return reader.read(response.code(), response.header("cf-mitigated"), bytes);
        } catch (IOException e) {
            log.trace("{} {} failed in {} ms: {}", service.pathSegment(), action,
                    millisSince(startNanos), e.toString());
            if (exchange.isCanceled()) {
                throw Cancellation.failure(e);
            }
            throw new ApiNetworkException(
                    action + " to " + signer.host() + " failed: " + e.getMessage(), e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
