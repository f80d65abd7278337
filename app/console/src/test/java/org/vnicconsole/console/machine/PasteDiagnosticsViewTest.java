package org.vnicconsole.console.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.console.task.FxTaskRunner;

/**
 * The paste view, headless: opened from the Machine menu with its accelerator, a case file
 * pasted from the clipboard, analysed with Ctrl+Enter; the triplet shows in the tree and the
 * diagram, the netplan finding in the table, and choosing it selects a slave it names.
 */
@ExtendWith(ApplicationExtension.class)
class PasteDiagnosticsViewTest {

    private FxTaskRunner runner;
    private MachineWindows windows;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(1);
        windows = new MachineWindows(runner, MachineInspector.agent(), () -> stage);
        BorderPane main = new BorderPane();
        main.setTop(new MenuBar(windows.menu()));
        stage.setScene(new Scene(main, 400, 200));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.shutdown();
    }

    @Test
    void pastesACaseFileAndSeesTheTripletAndTheNetplanFinding(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT,
                KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Window paste = robot.window("Paste diagnostics · vNIC Console");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(Cases.text("07-cloud-init-netfailover-match-by-mac.txt"));
            Clipboard.getSystemClipboard().setContent(content);
        });
        TextArea text = robot.lookup("#paste-text").queryAs(TextArea.class);
        robot.clickOn(text);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !windows.paste().report()
                .findingsProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paste.isShowing()).isTrue();
        assertThat(text.getText()).contains("netfail=master");
        @SuppressWarnings("unchecked")
        TreeView<MachineNode> tree = robot.lookup("#paste-tree").queryAs(TreeView.class);
        assertThat(robot.from(tree).lookup(".node-label")
                .match((Label label) -> "ens3".equals(label.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup("#triplet-diagram .diagram-name")
                .match((Label label) -> label.getText().startsWith("ens3")).tryQuery())
                .isPresent();
        @SuppressWarnings("unchecked")
        TableView<FindingRow> findings = robot.lookup("#paste-findings").queryAs(TableView.class);
        assertThat(findings.getItems()).extracting(FindingRow::id)
                .contains("CONFIG_MATCHES_SHARED_MAC");
        robot.clickOn(robot.from(findings).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> cell) ->
                        "CONFIG_MATCHES_SHARED_MAC".equals(cell.getText()))
                .queryAs(javafx.scene.control.TableCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("ens3sby");
        assertThat(robot.lookup(".machine-highlight").queryAll()).isNotEmpty();
    }
}
