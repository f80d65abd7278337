package org.vnicconsole.console.activity;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;

/**
 * The activity log panel: a filter box, an "errors only" switch, CSV export and a table of every
 * API call (time, action, target, result, request id, duration), newest at the bottom and kept
 * in view. UI thread.
 */
public final class ActivityLogView {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final VBox box;
    private final TableView<ActivityEntry> table = new TableView<>();

    /** A view over the log. */
    public ActivityLogView(ActivityLogViewModel model) {
        Label header = new Label("Activity");
        header.getStyleClass().add(Styles.PANE_HEADER);
        TextField filter = new TextField();
        filter.setId("activity-filter");
        filter.setPromptText("Filter calls");
        filter.textProperty().bindBidirectional(model.filterProperty());
        CheckBox errors = new CheckBox("Errors only");
        errors.selectedProperty().bindBidirectional(model.errorsOnlyProperty());
        Button export = new Button("Export…", Icons.icon(Icons.EXPORT));
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("vnic-activity.csv");
            File file = chooser.showSaveDialog(table.getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, header, filter, errors, export, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        table.setId("activity-table");
        table.setItems(model.visibleEntries());
        table.setPlaceholder(new Label("No API calls yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(java.util.List.of(
                column("Time", 110, entry -> TIME.format(entry.time())),
                column("Action", 220, ActivityEntry::action),
                column("Target", 260, ActivityEntry::target),
                resultColumn(),
                column("Request id", 200, ActivityEntry::requestId),
                column("ms", 60, entry -> Long.toString(entry.durationMillis()))));
        model.visibleEntries().addListener((javafx.collections.ListChangeListener<ActivityEntry>)
                change -> table.scrollTo(Math.max(0, model.visibleEntries().size() - 1)));
        box = new VBox(4, bar, table);
        box.getStyleClass().add(Styles.ACTIVITY);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** The panel. */
    public VBox node() {
        return box;
    }

    private static TableColumn<ActivityEntry, String> column(String title, double width,
            java.util.function.Function<ActivityEntry, String> value) {
        TableColumn<ActivityEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 110));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())));
        return column;
    }

    private static TableColumn<ActivityEntry, String> resultColumn() {
        TableColumn<ActivityEntry, String> column = column("Result", 180, ActivityEntry::result);
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String result, boolean empty) {
                super.updateItem(result, empty);
                getStyleClass().removeAll(Styles.RESULT_OK, Styles.RESULT_ERROR);
                if (empty || result == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                boolean ok = "OK".equals(result);
                setText(result);
                setGraphic(Icons.icon(ok ? Icons.OK : Icons.ERROR));
                getStyleClass().add(ok ? Styles.RESULT_OK : Styles.RESULT_ERROR);
            }
        });
        return column;
    }
}
