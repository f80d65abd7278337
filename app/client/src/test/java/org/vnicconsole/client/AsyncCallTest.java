package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AsyncCallTest {

    private static final String CALLBACK_THREAD = "callback-thread";

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService callbacks =
            Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, CALLBACK_THREAD));

    @AutoClose
    private final TestServer test = new TestServer();

    @AfterEach
    void releaseHeldRepliesAndStopCallbacks() {
        release.countDown();
        callbacks.shutdownNow();
    }

    @Test
    void completesWithTheResponseOnTheGivenExecutor() throws Exception {
        holdRepliesUntilReleased(TestServer.ok("T1", "\"totalCount\":1,\"dataSet\":[]"));

        CompletableFuture<String> seen = test.transport
                .callAsync(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class,
                        callbacks::execute)
                .thenApply(page -> page.totalCount() + " on " + Thread.currentThread().getName());
        release.countDown();

        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo("1 on " + CALLBACK_THREAD);
    }

    @Test
    void failsWithTheApiExceptionOnTheGivenExecutor() throws Exception {
        holdRepliesUntilReleased(TestServer.error(404, "T1", "INVALID_VPC_NOT_FOUND", "no vpc-9"));

        CompletableFuture<String> seen = test.transport
                .callAsync(ApiService.ZEC, "DeleteVpc", null, Probe.Empty.class, callbacks::execute)
                .handle((value, failure) -> codeOf(failure) + " on "
                        + Thread.currentThread().getName());
        release.countDown();

        assertThat(seen.get(5, TimeUnit.SECONDS))
                .isEqualTo("INVALID_VPC_NOT_FOUND on " + CALLBACK_THREAD);
    }

    @Test
    void runsTheCallOnAClientThreadNotTheCallers() throws Exception {
        test.enqueue(TestServer.ok("T1", ""));
        AtomicReference<Thread> handedOverFrom = new AtomicReference<>();

        ApiCall<Probe.Empty> call = test.transport.newCall(
                ApiService.ZEC, "DescribeZones", null, Probe.Empty.class);
        call.executeAsync(completion -> {
            handedOverFrom.set(Thread.currentThread());
            completion.run();
        }).get(5, TimeUnit.SECONDS);

        assertThat(handedOverFrom.get()).isNotSameAs(Thread.currentThread());
        assertThat(handedOverFrom.get().getName()).startsWith("vnic-client-");
    }

    @Test
    void cancellingTheFutureCancelsTheExchangeInFlight() throws Exception {
        holdRepliesUntilReleased(TestServer.ok("T1", ""));
        CountDownLatch finished = new CountDownLatch(1);
        ApiTransport transport = ApiTransport.builder(test.config)
                .listener(record -> finished.countDown())
                .build();

        try (transport) {
            CompletableFuture<Probe.Empty> future = transport.callAsync(
                    ApiService.ZEC, "CreateVpc", null, Probe.Empty.class, callbacks::execute);
            test.take();
            future.cancel(true);

            assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(future).isCancelled();
        }
    }

    @Test
    void refusesAnAsyncCallOnAClosedTransport() {
        ApiTransport closed = ApiTransport.create(test.config);
        closed.close();

        assertThatThrownBy(() -> closed.callAsync(ApiService.ZEC, "DescribeZones", null,
                Probe.Empty.class, callbacks::execute))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private void holdRepliesUntilReleased(MockResponse reply) {
        test.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(10, TimeUnit.SECONDS);
                return reply;
            }
        });
    }

    private static String codeOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof ApiException api ? api.code() : String.valueOf(cause);
    }
}
