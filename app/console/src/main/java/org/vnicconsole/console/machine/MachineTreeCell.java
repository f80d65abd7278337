package org.vnicconsole.console.machine;

import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;

/**
 * Draws one device-tree node: kind icon, name, a muted note, and a severity badge (glyph, word
 * and style class) when findings name it. A node whose devices the selected finding names gets
 * the {@code machine-highlight} class. UI thread.
 */
final class MachineTreeCell extends TreeCell<MachineNode> {

    private final Supplier<Set<String>> highlighted;
    private final Label label = new Label();
    private final Label note = new Label();
    private final Label badge = new Label();
    private final HBox box = new HBox(6, label, note, badge);

    MachineTreeCell(Supplier<Set<String>> highlighted) {
        this.highlighted = highlighted;
        box.setAlignment(Pos.CENTER_LEFT);
        label.getStyleClass().add(Styles.NODE_LABEL);
        note.getStyleClass().add(Styles.NODE_NOTE);
        badge.getStyleClass().add(MachineStyles.SEVERITY);
    }

    @Override
    protected void updateItem(MachineNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().remove(MachineStyles.HIGHLIGHT);
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        label.setText(node.label());
        label.setGraphic(Icons.icon(MachineStyles.icon(node.kind())));
        note.setText(node.note());
        badge.getStyleClass().removeAll(MachineStyles.SEVERITY_INFO,
                MachineStyles.SEVERITY_WARNING, MachineStyles.SEVERITY_ERROR);
        boolean hasBadge = node.badge() != null;
        badge.setVisible(hasBadge);
        badge.setManaged(hasBadge);
        if (hasBadge) {
            badge.setText(node.badge().label());
            badge.setGraphic(Icons.icon(MachineStyles.glyph(node.badge())));
            badge.getStyleClass().add(MachineStyles.severity(node.badge()));
        }
        if (!highlighted.get().isEmpty() && node.concerns(highlighted.get())) {
            getStyleClass().add(MachineStyles.HIGHLIGHT);
        }
        setText(null);
        setGraphic(box);
    }
}
