package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CallListenerTest {

    @AutoClose
    private final TestServer test = new TestServer();

    @Test
    void recordsASuccessfulCallWithItsTargetAndRequestId() {
        test.enqueue(TestServer.ok("T1", ""));

        test.transport.call(ApiService.ZEC, "AssociateEipAddress",
                new Probe.Query(null, null, "nic-1", List.of("eip-1", "eip-2")),
                Probe.Empty.class);

        assertThat(test.records).hasSize(1);
        CallRecord record = test.records.get(0);
        assertThat(record.startedAt()).isEqualTo(TestServer.START);
        assertThat(record.service()).isEqualTo(ApiService.ZEC);
        assertThat(record.action()).isEqualTo("AssociateEipAddress");
        assertThat(record.target()).isEqualTo("nicId=nic-1, eipIds=[eip-1, eip-2]");
        assertThat(record.result()).isEqualTo(CallRecord.OK);
        assertThat(record.succeeded()).isTrue();
        assertThat(record.requestIdIfAny()).contains("T1");
        assertThat(record.durationMillis()).isNotNegative();
        assertThat(record.attempts()).isEqualTo(1);
    }

    @Test
    void recordsAFailedCallOnceWithItsCodeAndAttempts() {
        test.enqueue(TestServer.error(429, "T1", "REQUEST_LIMIT_EXCEEDED", "slow down"),
                TestServer.error(409, "T2", "INVALID_NIC_ATTACHED",
                        "attached [ELASTIC-LIFECYCLE]"));

        catchThrowableOfType(ApiException.class, () -> test.transport.call(ApiService.ZEC,
                "DeleteNetworkInterface", new Probe.Query(null, null, "nic-1", null),
                Probe.Empty.class));

        assertThat(test.records).singleElement().satisfies(record -> {
            assertThat(record.result()).isEqualTo("INVALID_NIC_ATTACHED");
            assertThat(record.requestId()).isEqualTo("T2");
            assertThat(record.attempts()).isEqualTo(2);
            assertThat(record.succeeded()).isFalse();
        });
    }

    @Test
    void recordsANetworkFailureWithoutRequestId() {
        test.enqueue(TestServer.dropAfterRequest());

        catchThrowableOfType(ApiNetworkException.class, () -> test.transport.call(
                ApiService.ZEC, "CreateEips", null, Probe.Empty.class));

        assertThat(test.records).singleElement().satisfies(record -> {
            assertThat(record.result()).isEqualTo(ApiException.NETWORK_ERROR);
            assertThat(record.requestIdIfAny()).isEmpty();
        });
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheCall() throws Exception {
        test.enqueue(TestServer.ok("T1", ""));
        ApiTransport transport = ApiTransport.builder(test.config)
                .listener(record -> {
                    throw new IllegalStateException("listener bug");
                })
                .build();

        try (transport) {
            Probe.Empty result = transport.call(
                    ApiService.ZEC, "DescribeZones", null, Probe.Empty.class);

            assertThat(result.requestId()).isEqualTo("T1");
        }
    }
}
