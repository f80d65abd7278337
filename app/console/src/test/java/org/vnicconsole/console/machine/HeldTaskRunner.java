package org.vnicconsole.console.machine;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.vnicconsole.console.task.TaskRunner;

/**
 * A task runner that holds the one task it was given until the test calls {@link #release()},
 * as a slow inspection would; cancelling delivers a cancellation as the pooled runner does.
 * No toolkit; single-threaded.
 */
final class HeldTaskRunner implements TaskRunner {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private Runnable pending;

    @Override
    public <T> Cancellable run(String label, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        boolean[] done = new boolean[1];
        running.set(running.get() + 1);
        pending = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            running.set(running.get() - 1);
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        };
        return () -> {
            if (!done[0]) {
                done[0] = true;
                running.set(running.get() - 1);
                onFailure.accept(new CancellationException(label + " cancelled"));
            }
        };
    }

    /** Lets the held task finish. */
    void release() {
        Runnable task = pending;
        pending = null;
        task.run();
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
}
