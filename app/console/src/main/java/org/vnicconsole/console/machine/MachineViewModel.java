package org.vnicconsole.console.machine;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.console.task.TaskRunner;

/**
 * "This machine": runs the agent on the machine the console runs on, or on a snapshot directory
 * ({@code vnic-console agent --capture}), through the task runner, and presents the report.
 * {@link #refresh()} inspects again; {@link #cancel()} stops an inspection in flight. A failed
 * or unreadable inspection is shown in {@link #errorProperty()}, never swallowed. Holds no
 * Node; UI thread.
 */
public final class MachineViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MachineViewModel.class);

    private final TaskRunner runner;
    private final MachineInspector inspector;
    private final ReportViewModel report = new ReportViewModel();
    private final ObjectProperty<Path> snapshot = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("This machine");
    private TaskRunner.Cancellable inFlight;
    private long generation;

    /** A view model whose inspections run through {@code runner}. */
    public MachineViewModel(TaskRunner runner, MachineInspector inspector) {
        this.runner = runner;
        this.inspector = inspector;
        snapshot.addListener((observable, old, root) -> source.set(describe(root)));
    }

    /** Inspects the machine (or the snapshot) again; a running inspection is cancelled first. */
    public void refresh() {
        cancel();
        Path root = snapshot.get();
        String label = root == null ? "Inspect this machine" : "Inspect snapshot " + root;
        Callable<AgentReport> work = root == null ? inspector::live
                : () -> inspector.snapshot(root);
        long mine = ++generation;
        busy.set(true);
        error.set("");
        TaskRunner.Cancellable handle = runner.run(label, work, result -> {
            if (mine == generation) {
                finished();
                show(result);
            }
        }, failure -> {
            if (mine != generation) {
                return;
            }
            finished();
            if (failure instanceof CancellationException) {
                error.set(label + ": cancelled; the last report stays shown.");
                return;
            }
            LOG.warn("{} failed", label, failure);
            error.set(label + " failed: " + failure.getMessage());
        });
        if (busy.get()) {
            inFlight = handle;
        }
    }

    /** Stops the inspection in flight, if any; the last report stays shown. */
    public void cancel() {
        TaskRunner.Cancellable current = inFlight;
        inFlight = null;
        if (current != null) {
            current.cancel();
        }
    }

    private void finished() {
        inFlight = null;
        busy.set(false);
    }

    private void show(AgentReport result) {
        report.show(result);
        if (!result.readable()) {
            error.set("Could not read " + result.sourceLocation() + ": no sys/class/net and no "
                    + "iproute2 output there.");
        }
    }

    private static String describe(Path root) {
        return root == null ? "This machine" : "Snapshot " + root;
    }

    /** The presentation of the latest report. */
    public ReportViewModel report() {
        return report;
    }

    /** The snapshot directory to inspect instead of the live machine; null for the machine. */
    public ObjectProperty<Path> snapshotProperty() {
        return snapshot;
    }

    /** What is inspected, in words. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** True while an inspection runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failure in words; empty when the last inspection succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
