package org.vnicconsole.console.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Small modal dialogs that gather an action's inputs: a choice from a list, a line of text, or a
 * form of labelled fields. Each returns empty when cancelled. Controls get ids so UI tests can
 * drive them. UI thread.
 */
final class ActionDialogs {

    private final Window owner;

    ActionDialogs(Window owner) {
        this.owner = owner;
    }

    /** A choice among {@code options}, shown with {@code label}. */
    <T> Optional<T> choose(String title, String prompt, List<T> options,
            Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<Choice<T>> choices = options.stream().map(option -> new Choice<>(option,
                label.apply(option))).toList();
        ChoiceDialog<Choice<T>> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.initOwner(owner);
        dialog.getDialogPane().setId("choice-dialog");
        return dialog.showAndWait().map(Choice::value);
    }

    /** A line of text, starting from {@code initial}. */
    Optional<String> text(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.initOwner(owner);
        dialog.getDialogPane().setId("text-dialog");
        dialog.getEditor().setId("text-dialog-field");
        return dialog.showAndWait().map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A form of labelled fields; the result is read from the fields when OK is pressed. */
    <T> Optional<T> form(String title, List<Field> fields, java.util.function.Supplier<T> result) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.initOwner(owner);
        dialog.getDialogPane().setId("form-dialog");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int row = 0; row < fields.size(); row++) {
            grid.add(new Label(fields.get(row).label()), 0, row);
            grid.add(fields.get(row).control(), 1, row);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? result.get() : null);
        return dialog.showAndWait();
    }

    /** A combo box of options shown with their labels, the first one chosen. */
    static <T> ComboBox<Choice<T>> combo(String id, List<T> options, Function<T, String> label) {
        ComboBox<Choice<T>> combo = new ComboBox<>(FXCollections.observableArrayList(
                options.stream().map(option -> new Choice<>(option, label.apply(option)))
                        .toList()));
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        if (!options.isEmpty()) {
            combo.getSelectionModel().select(0);
        }
        return combo;
    }

    /** A text field with an id and an initial value. */
    static TextField textField(String id, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        return field;
    }

    /** The chosen value of a combo built by {@link #combo}, or null. */
    static <T> T value(ComboBox<Choice<T>> combo) {
        Choice<T> choice = combo.getValue();
        return choice == null ? null : choice.value();
    }

    /** Splits a comma- or space-separated list. */
    static List<String> words(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(word -> !word.isBlank()).toList();
    }

    /** A labelled control of a form. */
    record Field(String label, Node control) {
    }

    /** An option with the text it is shown with. */
    record Choice<T>(T value, String text) {

        @Override
        public String toString() {
            return text;
        }
    }
}
