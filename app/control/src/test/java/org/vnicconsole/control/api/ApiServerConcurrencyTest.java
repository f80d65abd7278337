package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.api.ApiTestServer.Reply;

class ApiServerConcurrencyTest {

    @Test
    void servesManyCallersAtOnceWithDistinctRequestIds() throws Exception {
        List<Reply> replies;
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (ApiTestServer server = ApiTestServer.start()) {
            List<Future<Reply>> futures = IntStream.range(0, 200)
                    .mapToObj(i -> callers.submit(() -> server.call(ApiTestServer.TENANT, "zec",
                            TestActions.ECHO, "{\"name\":\"vm-" + i + "\",\"count\":1}")))
                    .toList();
            replies = futures.stream().map(ApiServerConcurrencyTest::await).toList();
        } finally {
            callers.shutdownNow();
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
        assertThat(replies.stream().map(reply -> reply.json().get("requestId").asText()))
                .doesNotHaveDuplicates();
    }

    private static Reply await(Future<Reply> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("a call failed or hung", e);
        }
    }
}
