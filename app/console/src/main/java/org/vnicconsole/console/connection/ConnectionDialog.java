package org.vnicconsole.console.connection;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The connection dialog: pick a recent endpoint or type one, with the access key id and secret
 * (and optionally the operator key), and whether to store the secrets in the private file.
 * A blank secret uses the stored one. UI thread.
 */
public final class ConnectionDialog {

    private ConnectionDialog() {
    }

    /** Shows the dialog; empty when cancelled. */
    public static Optional<ConnectionRequest> show(Window owner, List<Endpoint> recent) {
        ComboBox<Endpoint> recentBox = new ComboBox<>(FXCollections.observableArrayList(recent));
        recentBox.setPromptText(recent.isEmpty() ? "No recent connections" : "Recent…");
        recentBox.setMaxWidth(Double.MAX_VALUE);
        TextField endpoint = new TextField();
        endpoint.setId("connect-endpoint");
        endpoint.setPromptText("host[:port], e.g. 127.0.0.1:8765 or console.zenlayer.com");
        ChoiceBox<String> scheme = new ChoiceBox<>(FXCollections.observableArrayList("https",
                "http"));
        scheme.setValue("https");
        scheme.setId("connect-scheme");
        TextField keyId = new TextField();
        keyId.setId("connect-key-id");
        PasswordField secret = new PasswordField();
        secret.setId("connect-secret");
        secret.setPromptText("blank: the stored secret");
        TextField operatorKeyId = new TextField();
        operatorKeyId.setPromptText("optional: hosts and VFs");
        operatorKeyId.setId("connect-operator-key-id");
        PasswordField operatorSecret = new PasswordField();
        operatorSecret.setId("connect-operator-secret");
        CheckBox remember = new CheckBox("Store secrets in my config directory (owner-only file)");
        remember.setSelected(true);
        recentBox.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                endpoint.setText(chosen.endpoint());
                scheme.setValue(chosen.scheme());
                keyId.setText(chosen.keyId());
                operatorKeyId.setText(chosen.operatorKeyId());
            }
        });
        if (!recent.isEmpty()) {
            recentBox.getSelectionModel().select(0);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Recent"), recentBox);
        grid.addRow(1, new Label("Endpoint"), endpoint);
        grid.addRow(2, new Label("Scheme"), scheme);
        grid.addRow(3, new Label("Access key id"), keyId);
        grid.addRow(4, new Label("Secret"), secret);
        grid.addRow(5, new Label("Operator key id"), operatorKeyId);
        grid.addRow(6, new Label("Operator secret"), operatorSecret);
        grid.add(remember, 1, 7);
        Dialog<ConnectionRequest> dialog = new Dialog<>();
        dialog.setTitle("Connect");
        dialog.setHeaderText("Connect to a control API");
        dialog.initOwner(owner);
        dialog.getDialogPane().setId("connect-dialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                endpoint.textProperty().isEmpty().or(keyId.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new ConnectionRequest(new Endpoint(endpoint.getText().trim(), scheme.getValue(),
                        keyId.getText().trim(), operatorKeyId.getText().trim()), secret.getText(),
                        operatorSecret.getText(), remember.isSelected()));
        return dialog.showAndWait();
    }
}
