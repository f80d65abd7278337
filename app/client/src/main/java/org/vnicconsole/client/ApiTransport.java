package org.vnicconsole.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.client.internal.AsyncWorkers;
import org.vnicconsole.client.internal.Cancellation;
import org.vnicconsole.client.internal.Envelope;
import org.vnicconsole.client.internal.EnvelopeReader;
import org.vnicconsole.client.internal.HttpClients;
import org.vnicconsole.client.internal.HttpExchange;
import org.vnicconsole.client.internal.JsonCodec;
import org.vnicconsole.client.internal.RequestSigner;
import org.vnicconsole.client.internal.RetryPolicy;
import org.vnicconsole.client.internal.TargetSummary;
import org.vnicconsole.model.api.zec.Page;

/**
 * Sends signed actions to one endpoint and reads their envelopes: the layer under
 * {@link ZecClient} and {@link OperatorClient}. It retries as {@link ClientConfig} describes,
 * turns every failure into an {@link ApiException}, tells the {@link CallListener} about every
 * call and logs each exchange at TRACE under the logger {@value #HTTP_LOGGER}. Thread-safe;
 * share one instance and {@link #close()} it when done.
 */
public final class ApiTransport implements AutoCloseable {

    /** The logger name of HTTP traffic, so that it can be switched on alone. */
    public static final String HTTP_LOGGER = "org.vnicconsole.client.http";

    private static final Logger LOG = LoggerFactory.getLogger(ApiTransport.class);
    private static final Logger HTTP = LoggerFactory.getLogger(HTTP_LOGGER);

    private final ClientConfig config;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final Clock clock;
    private final Sleeper sleeper;
    private final CallListener listener;
    private final JsonCodec json = new JsonCodec();
    private final EnvelopeReader reader = new EnvelopeReader(json.mapper());
    private final HttpExchange exchange;
    private final RetryPolicy retryPolicy;
    private final ExecutorService workers = AsyncWorkers.create();

    private ApiTransport(Builder builder) {
        this.config = builder.config;
        this.ownsHttp = builder.httpClient == null;
        this.http = HttpClients.configure(builder.httpClient, builder.config);
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.listener = builder.listener;
        this.exchange = new HttpExchange(http, new RequestSigner(builder.config), reader,
                clock, HTTP_LOGGER);
        this.retryPolicy = new RetryPolicy(
                builder.config.rateLimitMaxRetries(), builder.config.networkMaxRetries());
    }

    /** A transport for the given configuration with the system clock and real waits. */
    public static ApiTransport create(ClientConfig config) {
        return builder(config).build();
    }

    /** A builder to set the clock, sleeper, listener or OkHttp client as well. */
    public static Builder builder(ClientConfig config) {
        return new Builder(config);
    }

    /** The configuration this transport was built with. */
    public ClientConfig config() {
        return config;
    }

    /** A call of an action whose response maps onto a plain class. */
    public <T> ApiCall<T> newCall(
            ApiService service, String action, Object request, Class<T> responseType) {
        return new ApiCall<>(this, service, action, request,
                json.mapper().getTypeFactory().constructType(responseType));
    }

    /** A call of a paged Describe action whose {@code dataSet} rows map onto a plain class. */
    public <T> ApiCall<Page<T>> newPageCall(
            ApiService service, String action, Object request, Class<T> rowType) {
        return new ApiCall<>(this, service, action, request,
                json.mapper().getTypeFactory().constructParametricType(Page.class, rowType));
    }

    /** Sends an action and waits for its response; see {@link ApiCall#execute()}. */
    public <T> T call(ApiService service, String action, Object request, Class<T> responseType) {
        return newCall(service, action, request, responseType).execute();
    }

    /** Sends an action in the background; see {@link ApiCall#executeAsync(Executor)}. */
    public <T> CompletableFuture<T> callAsync(ApiService service, String action, Object request,
            Class<T> responseType, Executor callbackExecutor) {
        return newCall(service, action, request, responseType).executeAsync(callbackExecutor);
    }

    /**
     * Stops the background threads and, unless the OkHttp client was given, its resources. Calls
     * in flight are cancelled; an async call made afterwards throws {@link IllegalStateException}.
     */
    @Override
    public void close() {
        workers.shutdownNow();
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    <T> T execute(ApiCall<T> call, Cancellation cancellation) {
        CallTrace trace = new CallTrace(call, clock.instant(), System.nanoTime());
        try {
            ObjectNode tree = json.toTree(call.request());
            trace.target = TargetSummary.of(tree);
            return attempt(call, json.toBytes(tree), cancellation, trace);
        } catch (ApiException failure) {
            report(trace.record(failure.code(), failure.requestId().orElse(null)));
            throw failure;
        }
    }

    <T> CompletableFuture<T> executeAsync(ApiCall<T> call, Executor callbackExecutor) {
        Objects.requireNonNull(callbackExecutor, "callbackExecutor");
        CompletableFuture<T> result = new CompletableFuture<>();
        Cancellation cancellation = new Cancellation();
        Future<?> task = submit(() -> {
            try {
                T value = execute(call, cancellation);
                deliver(callbackExecutor, result, () -> result.complete(value));
            } catch (RuntimeException failure) {
                deliver(callbackExecutor, result, () -> result.completeExceptionally(failure));
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                cancellation.cancel();
                task.cancel(true);
            }
        });
        return result;
    }

    private <T> T attempt(
            ApiCall<T> call, byte[] body, Cancellation cancellation, CallTrace trace) {
        RetryPolicy.Budget budget = retryPolicy.start(call.action());
        while (true) {
            trace.attempts++;
            try {
                Envelope envelope =
                        exchange.send(call.service(), call.action(), body, cancellation);
                T value = reader.convert(envelope, call.responseType());
                report(trace.record(CallRecord.OK, envelope.requestId()));
                return value;
            } catch (ApiException failure) {
                Optional<Duration> wait = cancellation.isCancelled()
                        ? Optional.empty() : budget.waitAfter(failure);
                if (wait.isPresent() && pause(call, failure, wait.get())) {
                    continue;
                }
                boolean cancelled = cancellation.isCancelled()
                        && !ApiException.CANCELLED.equals(failure.code());
                throw cancelled ? Cancellation.failure(failure) : failure;
            }
        }
    }

    /** Waits before a retry; false when the wait was interrupted. */
    private boolean pause(ApiCall<?> call, ApiException failure, Duration wait) {
        HTTP.debug("{} {}: {}, retrying in {} ms", call.service().pathSegment(), call.action(),
                failure.code(), wait.toMillis());
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void report(CallRecord record) {
        try {
            listener.callFinished(record);
        } catch (RuntimeException e) {
            LOG.warn("Call listener failed on {}", record.action(), e);
        }
    }

    private Future<?> submit(Runnable work) {
        try {
            return workers.submit(work);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the transport is closed; build a new one", e);
        }
    }

    private static <T> void deliver(
            Executor callbackExecutor, CompletableFuture<T> result, Runnable completion) {
        try {
            callbackExecutor.execute(completion);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** What the listener is told about one call, gathered while it runs. */
    private static final class CallTrace {

        private final ApiCall<?> call;
        private final Instant startedAt;
        private final long startNanos;
        private String target = "";
        private int attempts;

        private CallTrace(ApiCall<?> call, Instant startedAt, long startNanos) {
            this.call = call;
            this.startedAt = startedAt;
            this.startNanos = startNanos;
        }

        private CallRecord record(String result, String requestId) {
            return new CallRecord(startedAt, call.service(), call.action(), target, result,
                    requestId, millisSince(startNanos), attempts);
        }
    }

    /** Builds a transport; not thread-safe. */
    public static final class Builder {

        private final ClientConfig config;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private CallListener listener = CallListener.NONE;
        private OkHttpClient httpClient;

        private Builder(ClientConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** The clock that stamps {@code x-zc-timestamp} and call records. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How to wait between retries. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Who hears about every finished call. */
        public Builder listener(CallListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** An OkHttp client to share (its pool and dispatcher); timeouts come from the config. */
        public Builder httpClient(OkHttpClient value) {
            this.httpClient = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /** The transport. */
        public ApiTransport build() {
            return new ApiTransport(this);
        }
    }
}
