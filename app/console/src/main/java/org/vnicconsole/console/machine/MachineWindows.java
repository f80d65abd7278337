package org.vnicconsole.console.machine;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;
import org.vnicconsole.console.task.TaskRunner;

/**
 * The console's "Machine" menu and the two windows it opens: "This machine" (Ctrl+M), which
 * inspects the machine the console runs on when first opened, and "Paste diagnostics"
 * (Ctrl+Shift+P). Each window is made once and brought to the front when opened again; both
 * belong to the main window and close with it. UI thread.
 */
public final class MachineWindows {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 780;

    private final MachineViewModel machine;
    private final PasteDiagnosticsViewModel paste;
    private final Supplier<Window> owner;
    private Stage machineStage;
    private Stage pasteStage;
    private PasteDiagnosticsView pasteView;

    /**
     * The menu's windows.
     *
     * @param owner the main window, asked for when a window first opens
     */
    public MachineWindows(TaskRunner runner, MachineInspector inspector, Supplier<Window> owner) {
        this.machine = new MachineViewModel(runner, inspector);
        this.paste = new PasteDiagnosticsViewModel(runner, inspector);
        this.owner = owner;
    }

    /** The "Machine" menu. */
    public Menu menu() {
        MenuItem thisMachine = new MenuItem("This machine", Icons.icon(MachineStyles.MACHINE));
        thisMachine.setId("menu-this-machine");
        thisMachine.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        thisMachine.setOnAction(event -> showMachine());
        MenuItem diagnostics = new MenuItem("Paste diagnostics…",
                Icons.icon(MachineStyles.PASTE));
        diagnostics.setId("menu-paste-diagnostics");
        diagnostics.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        diagnostics.setOnAction(event -> showPaste());
        return new Menu("_Machine", null, thisMachine, diagnostics);
    }

    /** Opens (or brings forward) "This machine"; the first opening inspects the machine. */
    public Stage showMachine() {
        if (machineStage == null) {
            machineStage = stage("This machine · vNIC Console",
                    new MachineView(machine).node());
            machine.refresh();
        }
        show(machineStage);
        return machineStage;
    }

    /** Opens (or brings forward) "Paste diagnostics" with the text area focused. */
    public Stage showPaste() {
        if (pasteStage == null) {
            pasteView = new PasteDiagnosticsView(paste);
            pasteStage = stage("Paste diagnostics · vNIC Console", pasteView.node());
        }
        show(pasteStage);
        pasteView.textArea().requestFocus();
        return pasteStage;
    }

    /** The state of "This machine". */
    public MachineViewModel machine() {
        return machine;
    }

    /** The state of "Paste diagnostics". */
    public PasteDiagnosticsViewModel paste() {
        return paste;
    }

    private static void show(Stage stage) {
        stage.show();
        stage.toFront();
    }

    private Stage stage(String title, Parent content) {
        Stage stage = new Stage();
        Window main = owner.get();
        if (main != null) {
            stage.initOwner(main);
        }
        stage.setTitle(title);
        stage.setScene(scene(content, WIDTH, HEIGHT));
        return stage;
    }

    private Scene scene(Parent content, double width, double height) {
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().addAll(
                getClass().getResource(Styles.STYLESHEET).toExternalForm(),
                getClass().getResource(MachineStyles.STYLESHEET).toExternalForm());
        return scene;
    }
}
