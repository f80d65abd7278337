package org.vnicconsole.console.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A {@link TaskRunner} for tests of view models: the work and its callback run at once on the
 * calling thread, so a test sees the result as soon as the command returns. Needs no JavaFX
 * toolkit. Single-threaded use only.
 */
public final class InlineTaskRunner implements TaskRunner {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private int started;

    @Override
    public <T> Cancellable run(String label, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        started++;
        T result;
        try {
            result = work.call();
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public String currentLabel() {
        return "";
    }

    /** How many tasks were run so far. */
    public int startedCount() {
        return started;
    }
}
