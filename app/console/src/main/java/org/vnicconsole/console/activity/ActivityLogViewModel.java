package org.vnicconsole.console.activity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.vnicconsole.client.CallListener;
import org.vnicconsole.client.CallRecord;
import org.vnicconsole.console.task.TaskRunner;

/**
 * The activity log's state: every API call the console made, newest last, a text filter and an
 * "errors only" switch, and CSV export. {@link #listener()} may be called from any thread (the
 * client calls it on its own threads); it hands the row to the UI thread through the task
 * runner. Everything else runs on the UI thread. Holds no Node.
 */
public final class ActivityLogViewModel {

    /** Keeps memory bounded in a long session; older rows are dropped first. */
    static final int MAX_ROWS = 5_000;

    private final TaskRunner runner;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ActivityEntry> visible = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");

    /** A log that hops to the UI thread through {@code runner}. */
    public ActivityLogViewModel(TaskRunner runner) {
        this.runner = runner;
        filter.addListener((observable, old, value) -> refilter());
        errorsOnly.addListener((observable, old, value) -> refilter());
    }

    /** The listener to give the API transports. */
    public CallListener listener() {
        return record -> runner.onUiThread(() -> add(record));
    }

    /** Adds one finished call. UI thread. */
    public void add(CallRecord record) {
        entries.add(ActivityEntry.of(record));
        if (entries.size() > MAX_ROWS) {
            entries.remove(0, entries.size() - MAX_ROWS);
        }
    }

    /** The rows that pass the filter. */
    public ObservableList<ActivityEntry> visibleEntries() {
        return visible;
    }

    /** Every row. */
    public List<ActivityEntry> allEntries() {
        return List.copyOf(entries);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }

    /** The outcome of the last export. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Writes the visible rows to {@code file} as CSV, off the UI thread. */
    public void export(Path file) {
        List<ActivityEntry> rows = List.copyOf(visible);
        runner.run("Export activity log", () -> {
            write(rows, file);
            return rows.size();
        }, count -> status.set("Exported " + count + " calls to " + file),
                failure -> status.set("Export failed: " + failure.getMessage()));
    }

    /** The CSV text of some rows, header first. */
    static void write(List<ActivityEntry> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("time,action,target,result,requestId,durationMillis\n");
            for (ActivityEntry row : rows) {
                out.write(String.join(",", row.time().toString(), csv(row.action()),
                        csv(row.target()), csv(row.result()), csv(row.requestId()),
                        Long.toString(row.durationMillis())));
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private void refilter() {
        String needle = filter.get() == null ? "" : filter.get().trim();
        boolean errors = errorsOnly.get();
        visible.setPredicate(entry -> (!errors || !entry.succeeded())
                && (needle.isEmpty() || entry.matches(needle)));
    }

    /** True when nothing has been logged; for the placeholder. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
