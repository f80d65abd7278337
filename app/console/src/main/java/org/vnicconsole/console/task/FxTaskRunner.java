package org.vnicconsole.console.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link TaskRunner}: work runs on a small pool of daemon threads
 * ({@code vnic-task-N}) and the callbacks run on the JavaFX application thread. Call {@link #run}
 * from the JavaFX thread; {@link #onUiThread} may be called from any thread.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final Deque<String> labels = new ArrayDeque<>();

    /** A runner with {@code threads} worker threads. */
    public FxTaskRunner(int threads) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "vnic-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Cancellable run(String label, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        started(label);
        Future<?> future = pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> finish(label, cancelled, () -> onSuccess.accept(result)));
            } catch (Exception | Error failure) {
                LOG.debug("{} failed: {}", label, failure.toString());
                Platform.runLater(() -> finish(label, cancelled, () -> onFailure.accept(failure)));
            }
        });
        return () -> {
            if (cancelled.compareAndSet(false, true)) {
                future.cancel(true);
                onUiThread(() -> {
                    ended(label);
                    onFailure.accept(new CancellationException(label + " cancelled"));
                });
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public String currentLabel() {
        return labels.isEmpty() ? "" : labels.peekLast();
    }

    /** Stops the worker threads; work in flight is interrupted. */
    public void shutdown() {
        pool.shutdownNow();
    }

    private void finish(String label, AtomicBoolean cancelled, Runnable callback) {
        if (!cancelled.compareAndSet(false, true)) {
            return;
        }
        ended(label);
        callback.run();
    }

    private void started(String label) {
        labels.addLast(label);
        running.set(running.get() + 1);
    }

    private void ended(String label) {
        labels.removeLastOccurrence(label);
        running.set(running.get() - 1);
    }
}
