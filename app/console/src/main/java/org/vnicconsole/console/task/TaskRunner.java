package org.vnicconsole.console.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The one way off the UI thread. A view model hands blocking work (an API call) to {@link #run};
 * the result or the failure comes back through the callbacks on the UI thread. {@link
 * #runningCount()} counts the work in flight, for progress indication. The pooled implementation
 * ({@link FxTaskRunner}) runs work on daemon threads and delivers on the JavaFX thread; the inline
 * one ({@link InlineTaskRunner}) runs everything on the caller's thread for tests. Call from the
 * UI thread.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} off the UI thread, then {@code onSuccess} or {@code onFailure} on it.
     *
     * @param label what the work does, for the progress indication
     * @return a handle that cancels the work if it has not finished
     */
    <T> Cancellable run(String label, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread: later, or now when the caller is already there. */
    void onUiThread(Runnable action);

    /** How many tasks are in flight; read and observed on the UI thread. */
    ReadOnlyIntegerProperty runningCount();

    /** The label of the most recently started task still running, or empty. */
    String currentLabel();

    /** A started task that can be cancelled. */
    @FunctionalInterface
    interface Cancellable {

        /** Stops the task if it is still running; its callbacks are then not called. */
        void cancel();
    }
}
