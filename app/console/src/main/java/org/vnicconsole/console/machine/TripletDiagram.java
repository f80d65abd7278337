package org.vnicconsole.console.machine;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.vnicconsole.console.machine.DiagramLayout.Point;
import org.vnicconsole.console.machine.TripletPicture.Active;
import org.vnicconsole.console.machine.TripletPicture.Box;
import org.vnicconsole.console.machine.TripletPicture.State;

/**
 * Draws a {@link TripletPicture} with plain shapes: the master box above the two slave boxes,
 * a line to each. The active path is a thick solid line labelled "active", the other a dashed
 * line labelled "standby"; a missing slave has a dashed box and a dotted line labelled
 * "missing", a slave of unknown role a dotted box. Geometry comes from {@link DiagramLayout};
 * colours and patterns from {@code machine.css}. Redraws when the picture changes. UI thread.
 */
final class TripletDiagram {

    private final DiagramLayout layout = DiagramLayout.STANDARD;
    private final Label caption = new Label();
    private final Pane drawing = new Pane();
    private final VBox root = new VBox(6, caption, drawing);

    TripletDiagram(ObservableValue<TripletPicture> picture) {
        root.getStyleClass().add(MachineStyles.DIAGRAM);
        root.setId("triplet-diagram");
        caption.getStyleClass().add(MachineStyles.DIAGRAM_CAPTION);
        drawing.setPrefSize(layout.width(), layout.height());
        drawing.setMinSize(layout.width(), layout.height());
        drawing.setMaxSize(layout.width(), layout.height());
        picture.addListener((observable, old, fresh) -> draw(fresh));
        draw(picture.getValue());
    }

    VBox node() {
        return root;
    }

    private void draw(TripletPicture picture) {
        drawing.getChildren().clear();
        root.setVisible(picture != null);
        root.setManaged(picture != null);
        if (picture == null) {
            return;
        }
        caption.setText(picture.caption());
        drawing.getChildren().addAll(
                path(picture.left(), picture.active() == Active.LEFT, picture.active(),
                        layout.left(), true),
                path(picture.right(), picture.active() == Active.RIGHT, picture.active(),
                        layout.right(), false));
        drawing.getChildren().addAll(
                box(picture.master(), false, layout.master(), "diagram-master"),
                box(picture.left(), picture.active() == Active.LEFT, layout.left(),
                        "diagram-left"),
                box(picture.right(), picture.active() == Active.RIGHT, layout.right(),
                        "diagram-right"));
    }

    private Pane path(Box slave, boolean active, Active which, Point at, boolean leftSide) {
        Point start = layout.lineStart();
        Point end = layout.lineEnd(at);
        Line line = new Line(start.x(), start.y(), end.x(), end.y());
        line.getStyleClass().add(MachineStyles.PATH);
        String word;
        if (slave.state() == State.MISSING) {
            line.getStyleClass().add(MachineStyles.PATH_MISSING);
            word = "missing";
        } else if (active) {
            line.getStyleClass().add(MachineStyles.PATH_ACTIVE);
            word = "active";
        } else {
            line.getStyleClass().add(MachineStyles.PATH_STANDBY);
            word = which == Active.UNKNOWN ? "not known" : "standby";
        }
        Label label = new Label(word);
        label.getStyleClass().add(MachineStyles.PATH_LABEL);
        Point place = layout.label(at, leftSide);
        label.relocate(place.x(), place.y());
        label.setMinWidth(62);
        label.setAlignment(leftSide ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        Pane group = new Pane(line, label);
        group.setPickOnBounds(false);
        group.setId(leftSide ? "diagram-path-left" : "diagram-path-right");
        return group;
    }

    private VBox box(Box box, boolean active, Point at, String id) {
        Label role = new Label(box.role());
        role.getStyleClass().add(MachineStyles.DIAGRAM_ROLE);
        Label name = new Label(box.name() + (active ? " ✓" : ""));
        name.getStyleClass().add(MachineStyles.DIAGRAM_NAME);
        VBox node = new VBox(0, role, name);
        node.setId(id);
        node.getStyleClass().addAll(MachineStyles.DIAGRAM_BOX, switch (box.state()) {
            case PRESENT -> MachineStyles.BOX_PRESENT;
            case MISSING -> MachineStyles.BOX_MISSING;
            case UNKNOWN -> MachineStyles.BOX_UNKNOWN;
        });
        if (active) {
            node.getStyleClass().add(MachineStyles.BOX_ACTIVE);
        }
        node.setPrefSize(layout.boxWidth(), layout.boxHeight());
        node.setMaxSize(layout.boxWidth(), layout.boxHeight());
        node.resizeRelocate(at.x(), at.y(), layout.boxWidth(), layout.boxHeight());
        return node;
    }
}
