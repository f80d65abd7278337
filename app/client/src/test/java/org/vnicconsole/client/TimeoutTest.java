package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration SERVER_DELAY = Duration.ofSeconds(10);

    @AutoClose
    private TestServer test;

    @Test
    void aReadTimeoutBecomesATypedNetworkExceptionQuickly() throws Exception {
        test = new TestServer(config -> config.withTimeouts(SHORT, SHORT));
        test.enqueue(slowReply());

        long start = System.nanoTime();
        ApiNetworkException failure = catchThrowableOfType(ApiNetworkException.class, () ->
                test.transport.call(ApiService.ZEC, "CreateVpc", null, Probe.Empty.class));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure.isTimeout()).isTrue();
        assertThat(failure.code()).isEqualTo(ApiException.NETWORK_ERROR);
        assertThat(elapsed).isLessThan(SERVER_DELAY.dividedBy(2));
        assertThat(test.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aReadThatTimesOutIsRetriedThenSurfaced() throws Exception {
        test = new TestServer(config -> config.withTimeouts(SHORT, SHORT).withRetries(3, 2));
        test.enqueue(slowReply(), slowReply(), slowReply());

        ApiNetworkException failure = catchThrowableOfType(ApiNetworkException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(failure.isTimeout()).isTrue();
        assertThat(test.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(test.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRefusedConnectionIsANetworkExceptionThatIsNotATimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        test = new TestServer(config -> config.withEndpoint("127.0.0.1:" + closedPort, "http")
                .withTimeouts(SHORT, SHORT).withRetries(0, 0));

        ApiNetworkException failure = catchThrowableOfType(ApiNetworkException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(failure.isTimeout()).isFalse();
        assertThat(failure.getCause()).isInstanceOf(IOException.class);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + closedPort);
    }

    private static MockResponse slowReply() {
        return new MockResponse.Builder()
                .headersDelay(SERVER_DELAY.toSeconds(), TimeUnit.SECONDS)
                .body("{}")
                .build();
    }
}
