package org.vnicconsole.console.machine;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;

/**
 * "Paste diagnostics": a text area for a ticket's {@code ip}, {@code lspci} or {@code dmesg}
 * output with an Analyse button (Ctrl+Enter), beside the report presentation
 * ({@link ReportView}) of the analysis, whose "Could not know" tab lists what the text did not
 * show. Over a {@link PasteDiagnosticsViewModel}. UI thread.
 */
public final class PasteDiagnosticsView {

    private static final KeyCombination ANALYSE =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final PasteDiagnosticsViewModel model;
    private final TextArea text = new TextArea();
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane(split);

    /** The view. */
    public PasteDiagnosticsView(PasteDiagnosticsViewModel model) {
        this.model = model;
        ReportView report = new ReportView(model.report(), "paste");
        root.setId("paste-view");
        split.getItems().addAll(pastePane(), report.node());
        split.setDividerPositions(0.27);
    }

    /** The root node. */
    public Parent node() {
        return root;
    }

    /** The text area, to focus when the view opens. */
    public TextArea textArea() {
        return text;
    }

    private VBox pastePane() {
        text.setId("paste-text");
        text.getStyleClass().add(MachineStyles.PASTE_AREA);
        text.setPromptText("Paste ip link / ip -d link / ip addr, ifconfig, lspci -vvv, dmesg, "
                + "nmcli dev or udevadm info output from a ticket, then press Ctrl+Enter.");
        text.setWrapText(false);
        text.textProperty().bindBidirectional(model.textProperty());
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (ANALYSE.match(event)) {
                model.analyse();
                event.consume();
            }
        });
        Button analyse = new Button("Analyse", Icons.icon(MachineStyles.PASTE));
        analyse.setId("paste-analyse");
        analyse.setDefaultButton(false);
        analyse.setTooltip(new Tooltip("Analyse the pasted text (Ctrl+Enter)"));
        analyse.setOnAction(event -> model.analyse());
        analyse.disableProperty().bind(model.busyProperty());
        Button clear = new Button("Clear");
        clear.setId("paste-clear");
        clear.setOnAction(event -> {
            model.textProperty().set("");
            model.report().clear();
            text.requestFocus();
        });
        Button example = new Button("Example");
        example.setId("paste-example");
        example.setTooltip(new Tooltip("Load an example ticket: a triplet with two mistakes"));
        example.setOnAction(event -> {
            model.loadExample();
            model.analyse();
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, analyse, clear, example, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("paste-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.getStyleClass().addAll(Styles.NOTICE, Styles.NOTICE_WARNING);
        error.setGraphic(Icons.icon(Icons.HIGH));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label heading = new Label("Pasted diagnostics");
        heading.getStyleClass().add(Styles.PANE_HEADER);
        VBox pane = new VBox(6, heading, text, buttons, error);
        VBox.setVgrow(text, Priority.ALWAYS);
        pane.setFillWidth(true);
        pane.setPadding(new javafx.geometry.Insets(0, 6, 6, 6));
        return pane;
    }
}
