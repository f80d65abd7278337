package org.vnicconsole.console.machine;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;

/**
 * "This machine": a toolbar (refresh, live machine or snapshot directory, progress, cancel),
 * a line for a failure, and the report presentation ({@link ReportView}) over a
 * {@link MachineViewModel}. F5 refreshes. UI thread.
 */
public final class MachineView {

    private final MachineViewModel model;
    private final BorderPane root = new BorderPane();
    private final ReportView report;

    /** The view; it does not inspect until {@link MachineViewModel#refresh()} is called. */
    public MachineView(MachineViewModel model) {
        this.model = model;
        this.report = new ReportView(model.report(), "machine");
        root.setId("machine-view");
        root.setTop(new VBox(toolBar(), errorLine()));
        root.setCenter(report.node());
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F5) {
                model.refresh();
                event.consume();
            }
        });
    }

    /** The root node. */
    public Parent node() {
        return root;
    }

    private ToolBar toolBar() {
        Button refresh = new Button("Refresh", Icons.icon(MachineStyles.REFRESH));
        refresh.setId("machine-refresh");
        refresh.setTooltip(new Tooltip("Inspect again (F5)"));
        refresh.setOnAction(event -> model.refresh());
        ToggleGroup source = new ToggleGroup();
        RadioButton live = new RadioButton("Live machine");
        live.setId("machine-live");
        live.setToggleGroup(source);
        live.setSelected(true);
        RadioButton snapshot = new RadioButton("Snapshot…");
        snapshot.setId("machine-snapshot");
        snapshot.setToggleGroup(source);
        snapshot.setTooltip(new Tooltip("A directory written by vnic-console agent --capture"));
        live.setOnAction(event -> {
            model.snapshotProperty().set(null);
            model.refresh();
        });
        snapshot.setOnAction(event -> chooseSnapshot(live));
        Label where = new Label();
        where.setId("machine-source");
        where.textProperty().bind(model.sourceProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(100);
        progress.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel", Icons.icon(MachineStyles.CANCEL));
        cancel.setId("machine-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(refresh, live, snapshot, where, spacer, progress, cancel);
    }

    private void chooseSnapshot(RadioButton live) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Snapshot directory (vnic-console agent --capture DIR)");
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen == null) {
            if (model.snapshotProperty().get() == null) {
                live.setSelected(true);
            }
            return;
        }
        model.snapshotProperty().set(chosen.toPath());
        model.refresh();
    }

    private Label errorLine() {
        Label error = new Label();
        error.setId("machine-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setAlignment(Pos.CENTER_LEFT);
        error.setGraphic(Icons.icon(Icons.ERROR));
        error.getStyleClass().addAll(Styles.NOTICE, Styles.NOTICE_ERROR);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
