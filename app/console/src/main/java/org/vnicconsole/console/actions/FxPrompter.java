package org.vnicconsole.console.actions;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.vnicconsole.console.shell.RefusalText;
import org.vnicconsole.model.check.Verdict;

/** Asks with modal alerts owned by the main window. UI thread. */
public final class FxPrompter implements Prompter {

    /** The button that sends a request the console's check refuses. */
    public static final ButtonType SEND_ANYWAY =
            new ButtonType("Send anyway", ButtonBar.ButtonData.OTHER);

    private final Window owner;

    /** Alerts owned by {@code owner}. */
    public FxPrompter(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean sendAnyway(String action, Verdict verdict) {
        Alert alert = new Alert(Alert.AlertType.WARNING, RefusalText.predicted(verdict)
                + "\n\nThe server checks the same rule and its answer is the one that counts. "
                + "Send the request anyway?", ButtonType.CANCEL, SEND_ANYWAY);
        alert.setTitle("Refused by the rules");
        alert.setHeaderText(action + ": refused [" + verdict.rule().id() + "]");
        alert.initOwner(owner);
        alert.getDialogPane().setId("refusal-dialog");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setDefaultButton(true);
        return alert.showAndWait().filter(SEND_ANYWAY::equals).isPresent();
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL,
                ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
