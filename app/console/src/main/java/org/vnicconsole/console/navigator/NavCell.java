package org.vnicconsole.console.navigator;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;

/**
 * Draws one navigator node: kind icon, label, a muted note and a usage badge whose glyph and
 * style class give its level (so it reads without colour). A free VF or unattached vNIC gets
 * the {@code node-free} class. UI thread.
 */
final class NavCell extends TreeCell<NavNode> {

    private final Label label = new Label();
    private final Label note = new Label();
    private final Label usage = new Label();
    private final HBox box = new HBox(6, label, note, usage);

    NavCell() {
        box.setAlignment(Pos.CENTER_LEFT);
        label.getStyleClass().add(Styles.NODE_LABEL);
        note.getStyleClass().add(Styles.NODE_NOTE);
        usage.getStyleClass().add(Styles.USAGE);
    }

    @Override
    protected void updateItem(NavNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().remove(Styles.NODE_FREE);
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        label.setText(node.label());
        label.setGraphic(Icons.icon(node.free() && node.ref().kind() == NodeKind.VF
                ? Icons.FREE : Icons.of(node.ref().kind())));
        note.setText(node.note());
        usage.getStyleClass().removeAll(Styles.USAGE_OK, Styles.USAGE_HIGH, Styles.USAGE_FULL);
        if (node.usage() == null) {
            usage.setVisible(false);
            usage.setManaged(false);
        } else {
            Usage.Level level = node.usage().level();
            usage.setText(node.usage().text());
            usage.setGraphic(Icons.icon(Icons.of(level)));
            usage.getStyleClass().add(Styles.usage(level));
            usage.setVisible(true);
            usage.setManaged(true);
        }
        if (node.free()) {
            getStyleClass().add(Styles.NODE_FREE);
        }
        setText(null);
        setGraphic(box);
    }
}
