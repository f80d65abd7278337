package org.vnicconsole.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A MockWebServer with a transport pointed at it: a clock that starts at the reference's test
 * timestamp and moves only when the recording sleeper "waits", and a recording listener.
 * Test classes hold one in an {@code @AutoClose} field.
 */
final class TestServer implements AutoCloseable {

    static final String KEY_ID = "AKIDTEST";
    static final String SECRET = "SECRETEXAMPLE";
    static final Instant START = Instant.ofEpochSecond(1_700_000_000L);

    final MockWebServer server = new MockWebServer();
    final MovingClock clock = new MovingClock(START);
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final List<CallRecord> records = new CopyOnWriteArrayList<>();
    final ClientConfig config;
    final ApiTransport transport;

    TestServer() {
        this(config -> config);
    }

    TestServer(UnaryOperator<ClientConfig> adjust) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config = adjust.apply(ClientConfig.of(KEY_ID, SECRET)
                .withEndpoint(server.getHostName() + ":" + server.getPort(), "http"));
        transport = ApiTransport.builder(config)
                .clock(clock)
                .sleeper(wait -> {
                    waits.add(wait);
                    clock.advance(wait);
                })
                .listener(records::add)
                .build();
    }

    static MockResponse ok(String requestId, String fieldsJson) {
        String inner = fieldsJson.isEmpty() ? "" : "," + fieldsJson;
        return json(200, "{\"requestId\":\"" + requestId + "\",\"response\":{\"requestId\":\""
                + requestId + "\"" + inner + "}}");
    }

    static MockResponse error(int status, String requestId, String code, String message) {
        return json(status, "{\"requestId\":\"" + requestId + "\",\"code\":\"" + code
                + "\",\"message\":\"" + message + "\"}");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Reads the request, then drops the connection without answering. */
    static MockResponse dropAfterRequest() {
        return new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                .build();
    }

    void enqueue(MockResponse... responses) {
        for (MockResponse response : responses) {
            server.enqueue(response);
        }
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the server");
        }
        return request;
    }

    @Override
    public void close() {
        transport.close();
        server.close();
    }

    /** A clock that stands still until told to move. */
    static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
