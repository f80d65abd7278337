package org.vnicconsole.console.details;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.vnicconsole.console.shell.Styles;

/**
 * The name/value grid and the section headings every details pane uses (the fleet's details
 * and the Machine views), so both read alike. Builds nodes; call on the FX thread.
 */
public final class PropertyGrid {

    private PropertyGrid() {
    }

    /** A two-column grid: names at least {@code nameMinWidth} wide, values taking the rest. */
    public static GridPane create(double nameMinWidth) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        grid.setPadding(new Insets(0, 0, 0, 4));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(nameMinWidth);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(160);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    /** A section heading such as "Properties". */
    public static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.DETAILS_SECTION);
        return label;
    }
}
