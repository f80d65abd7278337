package org.vnicconsole.console.machine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.console.task.TaskRunner;

/**
 * "Paste diagnostics": an engineer pastes a ticket's {@code ip link}, {@code ip addr},
 * {@code lspci}, {@code dmesg}... output and {@link #analyse()} runs the agent's text analysis
 * ({@code vnic-console agent --text}) through the task runner; the report, with what the text
 * did not allow to know, is presented as for "This machine". Holds no Node; UI thread.
 */
public final class PasteDiagnosticsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PasteDiagnosticsViewModel.class);
    private static final String LOCATION = "pasted text";
    private static final String EXAMPLE =
            "/org/vnicconsole/console/machine/example-diagnostics.txt";

    private final TaskRunner runner;
    private final MachineInspector inspector;
    private final ReportViewModel report = new ReportViewModel();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    /** A view model whose analyses run through {@code runner}. */
    public PasteDiagnosticsViewModel(TaskRunner runner, MachineInspector inspector) {
        this.runner = runner;
        this.inspector = inspector;
    }

    /** Analyses the pasted text; an empty text clears the report and says what to paste. */
    public void analyse() {
        String pasted = text.get() == null ? "" : text.get();
        long mine = ++generation;
        if (pasted.isBlank()) {
            report.clear();
            error.set("Paste the output of ip link, ip addr, lspci or dmesg first.");
            return;
        }
        busy.set(true);
        error.set("");
        runner.run("Analyse pasted diagnostics", () -> inspector.text(LOCATION, pasted),
                result -> {
                    if (mine == generation) {
                        busy.set(false);
                        show(result);
                    }
                }, failure -> {
                    if (mine == generation) {
                        busy.set(false);
                        LOG.warn("Analysing pasted text failed", failure);
                        error.set("The analysis failed: " + failure.getMessage());
                    }
                });
    }

    /** Puts an example ticket (a triplet with two mistakes) into the text, for a first look. */
    public void loadExample() {
        try (InputStream in = getClass().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IOException(EXAMPLE + " is missing from the application");
            }
            text.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            error.set("");
        } catch (IOException e) {
            LOG.warn("Example unreadable: {}", e.toString());
            error.set("The example could not be read: " + e.getMessage());
        }
    }

    private void show(AgentReport result) {
        report.show(result);
        if (!result.readable()) {
            error.set("No device listing found in the text: paste ip link, ip addr, ifconfig or "
                    + "lspci output.");
        }
    }

    /** The presentation of the latest analysis. */
    public ReportViewModel report() {
        return report;
    }

    /** The pasted text. */
    public StringProperty textProperty() {
        return text;
    }

    /** True while an analysis runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last analysis gave nothing, in words; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
