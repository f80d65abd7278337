package org.vnicconsole.console.details;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.Styles;

/**
 * The details pane: title, properties (ids and addresses in selectable fields with a copy
 * button), capacity bars with the rule that sets each cap, and related objects as links that
 * select their target. Redrawn whenever the view model's details change. UI thread.
 */
public final class DetailsView {

    private final VBox box = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Consumer<NodeRef> navigate;

    /** A details view; {@code navigate} selects a link's target. */
    public DetailsView(DetailsViewModel model, Consumer<NodeRef> navigate) {
        this.navigate = navigate;
        box.getStyleClass().add(Styles.DETAILS);
        box.setId("details");
        scroll.setFitToWidth(true);
        model.detailsProperty().addListener((observable, old, details) -> draw(details));
        draw(model.details());
    }

    /** The pane. */
    public ScrollPane node() {
        return scroll;
    }

    private void draw(Details details) {
        box.getChildren().clear();
        Label title = new Label(details.title());
        title.setId("details-title");
        title.getStyleClass().add(Styles.DETAILS_TITLE);
        Label subtitle = new Label(details.subtitle());
        subtitle.getStyleClass().add(Styles.DETAILS_SUBTITLE);
        subtitle.setWrapText(true);
        box.getChildren().addAll(title, subtitle);
        if (!details.properties().isEmpty()) {
            box.getChildren().addAll(PropertyGrid.section("Properties"), properties(details));
        }
        if (!details.capacity().isEmpty()) {
            box.getChildren().addAll(PropertyGrid.section("Capacity"), capacity(details));
        }
        if (!details.links().isEmpty()) {
            box.getChildren().addAll(PropertyGrid.section("Related"), links(details));
        }
    }

    private GridPane properties(Details details) {
        GridPane grid = PropertyGrid.create(120);
        int row = 0;
        for (Details.Property property : details.properties()) {
            Label name = new Label(property.name());
            name.getStyleClass().add(Styles.PROPERTY_NAME);
            TextField value = new TextField(property.value());
            value.setEditable(false);
            value.getStyleClass().add(Styles.PROPERTY_VALUE);
            grid.add(name, 0, row);
            grid.add(value, 1, row);
            if (property.copyable()) {
                Button copy = new Button(null, Icons.icon(Icons.COPY));
                copy.getStyleClass().addAll("flat", "small");
                copy.setTooltip(new Tooltip("Copy " + property.name()));
                copy.setOnAction(event -> copy(property.value()));
                grid.add(copy, 2, row);
            }
            row++;
        }
        return grid;
    }

    private GridPane capacity(Details details) {
        GridPane grid = PropertyGrid.create(120);
        int row = 0;
        for (Details.Capacity line : details.capacity()) {
            Label name = new Label(line.label());
            name.getStyleClass().add(Styles.PROPERTY_NAME);
            ProgressBar bar = new ProgressBar(line.usage().total() == 0 ? 0
                    : (double) line.usage().used() / line.usage().total());
            bar.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(line.usage().text(),
                    Icons.icon(Icons.of(line.usage().level())));
            count.getStyleClass().addAll(Styles.USAGE, Styles.usage(line.usage().level()));
            grid.add(name, 0, row);
            grid.add(bar, 1, row);
            grid.add(count, 2, row);
            if (line.rule() != null) {
                Label rule = new Label(line.rule().id());
                rule.getStyleClass().add(Styles.RULE_TAG);
                rule.setTooltip(new Tooltip(line.rule().text()));
                grid.add(rule, 3, row);
            }
            row++;
        }
        return grid;
    }

    private VBox links(Details details) {
        VBox links = new VBox(2);
        for (Details.Link link : details.links()) {
            Hyperlink hyperlink = new Hyperlink(link.relation() + ": " + link.label());
            hyperlink.setOnAction(event -> navigate.accept(link.target()));
            links.getChildren().add(hyperlink);
        }
        return links;
    }

    private static void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
