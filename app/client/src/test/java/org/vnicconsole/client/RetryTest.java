package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class RetryTest {

    @AutoClose
    private TestServer test;

    @Test
    void retriesA429AfterOneSecondAndReturnsTheLaterSuccess() throws Exception {
        test = new TestServer();
        test.enqueue(TestServer.error(429, "T1", "REQUEST_LIMIT_EXCEEDED", "slow down"),
                TestServer.ok("T2", ""));

        Probe.Empty result = test.transport.call(
                ApiService.ZEC, "CreateVpc", null, Probe.Empty.class);

        assertThat(result.requestId()).isEqualTo("T2");
        assertThat(test.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesTheRateLimitCodeWhateverTheStatusUpToTheLimitThenThrows() throws Exception {
        test = new TestServer();
        for (int i = 0; i < 5; i++) {
            test.enqueue(TestServer.error(400, "T" + i, "REQUEST_LIMIT_EXCEEDED", "slow down"));
        }

        ApiException failure = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(failure.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(failure.requestId()).contains("T3");
        assertThat(test.waits).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(test.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void sendsOnceWhenRateLimitRetriesAreOff() throws Exception {
        test = new TestServer(config -> config.withRetries(0, 0));
        test.enqueue(TestServer.error(429, "T1", "REQUEST_LIMIT_EXCEEDED", "slow down"));

        ApiException failure = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(failure.isRateLimited()).isTrue();
        assertThat(test.waits).isEmpty();
        assertThat(test.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void neverRetriesAServerError() throws Exception {
        test = new TestServer();
        test.enqueue(TestServer.error(500, "T1", "INTERNAL_SERVER_ERROR", "boom"),
                TestServer.error(503, "T2", "SERVICE_TEMPORARY_UNAVAILABLE", "later"));

        ApiException internal = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));
        ApiException unavailable = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(internal.code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(unavailable.code()).isEqualTo("SERVICE_TEMPORARY_UNAVAILABLE");
        assertThat(test.waits).isEmpty();
        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesAReadAfterANetworkFailure() throws Exception {
        test = new TestServer();
        test.enqueue(TestServer.dropAfterRequest(),
                TestServer.ok("T2", "\"totalCount\":0,\"dataSet\":[]"));

        Probe.Page page = test.transport.call(
                ApiService.ZEC, "DescribeNetworkInterfaces", null, Probe.Page.class);

        assertThat(page.totalCount()).isZero();
        assertThat(test.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesAvailableActionsAsReadsToo() throws Exception {
        test = new TestServer();
        test.enqueue(TestServer.dropAfterRequest(), TestServer.ok("T2", ""));

        test.transport.call(ApiService.ZEC, "AvailableLanIp", null, Probe.Empty.class);

        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void neverResendsAMutationAfterANetworkFailure() throws Exception {
        test = new TestServer();
        test.enqueue(TestServer.dropAfterRequest(), TestServer.ok("T2", ""));

        ApiNetworkException failure = catchThrowableOfType(ApiNetworkException.class, () ->
                test.transport.call(ApiService.ZEC, "AttachNetworkInterface", null,
                        Probe.Empty.class));

        assertThat(failure.code()).isEqualTo(ApiException.NETWORK_ERROR);
        assertThat(failure.httpStatus()).isZero();
        assertThat(test.waits).isEmpty();
        assertThat(test.server.getRequestCount()).isEqualTo(1);
        assertThat(test.take().getHeaders().get("x-zc-action"))
                .isEqualTo("AttachNetworkInterface");
    }

    @Test
    void givesUpOnAReadWhenTheNetworkRetriesAreSpent() throws Exception {
        test = new TestServer(config -> config.withRetries(3, 1));
        test.enqueue(TestServer.dropAfterRequest(), TestServer.dropAfterRequest(),
                TestServer.ok("T3", ""));

        ApiNetworkException failure = catchThrowableOfType(ApiNetworkException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeZones", null, Probe.Empty.class));

        assertThat(failure).isNotNull();
        assertThat(test.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(test.server.getRequestCount()).isEqualTo(2);
    }
}
