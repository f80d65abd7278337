package org.vnicconsole.console.machine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.details.PropertyGrid;
import org.vnicconsole.console.shell.Styles;

/**
 * The presentation of one agent report, shared by "This machine" and "Paste diagnostics": a
 * summary line; the device tree (with severity badges) beside the details of the selection, its
 * PF's VF pool and the triplet diagram; below, the findings table and what could not be known.
 * Keeps the tree and the findings table in step with the {@link ReportViewModel}. UI thread.
 */
final class ReportView {

    private final ReportViewModel model;
    private final TreeView<MachineNode> tree = new TreeView<>();
    private final Map<String, TreeItem<MachineNode>> items = new HashMap<>();
    private final Label title = new Label();
    private final GridPane properties = PropertyGrid.create(130);
    private final TableView<VfRow> vfTable = ReportTables.vfPool();
    private final Label vfSection = PropertyGrid.section("VF pool");
    private final VBox nodeFindings = new VBox(2);
    private final TableView<FindingRow> findings = ReportTables.findings();
    private final ListView<String> limitations = new ListView<>();
    private final SplitPane root = new SplitPane();
    private boolean syncing;

    ReportView(ReportViewModel model, String idPrefix) {
        this.model = model;
        tree.setId(idPrefix + "-tree");
        tree.getStyleClass().add(MachineStyles.TREE);
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new MachineTreeCell(() -> model.highlightedProperty().get()));
        findings.setId(idPrefix + "-findings");
        limitations.setId(idPrefix + "-limitations");
        vfTable.setId(idPrefix + "-vfs");
        limitations.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            {
                getStyleClass().add(MachineStyles.LIMITATION);
                setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : "– " + item);
            }
        });
        limitations.setPlaceholder(new Label("The input showed everything the agent reads."));
        findings.setPlaceholder(new Label("No findings."));
        layOut(idPrefix);
        wire();
    }

    Parent node() {
        return root;
    }

    TreeView<MachineNode> tree() {
        return tree;
    }

    TableView<FindingRow> findings() {
        return findings;
    }

    private void layOut(String idPrefix) {
        Label summary = new Label();
        summary.setId(idPrefix + "-summary");
        summary.getStyleClass().add(MachineStyles.SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        title.getStyleClass().add(Styles.DETAILS_TITLE);
        TripletDiagram diagram = new TripletDiagram(model.pictureProperty());
        VBox details = new VBox(4, title, nodeFindings, diagram.node(), properties,
                vfSection, vfTable);
        details.getStyleClass().add(Styles.DETAILS);
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        SplitPane top = new SplitPane(tree, scroll);
        top.setDividerPositions(0.4);
        VBox upper = new VBox(summary, top);
        VBox.setVgrow(top, Priority.ALWAYS);
        Tab findingsTab = new Tab();
        findingsTab.setContent(findings);
        findingsTab.textProperty().bind(model.findingsProperty().map(rows ->
                "Findings (" + rows.size() + ")"));
        Tab unknownTab = new Tab();
        unknownTab.setContent(limitations);
        unknownTab.textProperty().bind(model.limitationsProperty().map(lines ->
                "Could not know (" + lines.size() + ")"));
        TabPane lower = new TabPane(findingsTab, unknownTab);
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(upper, lower);
        root.setDividerPositions(0.64);
        root.getStyleClass().add(MachineStyles.REPORT);
    }

    private void wire() {
        model.rootsProperty().addListener((observable, old, roots) -> rebuild(roots));
        model.findingsProperty().addListener((observable, old, rows) ->
                findings.setItems(FXCollections.observableArrayList(rows)));
        model.limitationsProperty().addListener((observable, old, lines) ->
                limitations.setItems(FXCollections.observableArrayList(lines)));
        model.vfRowsProperty().addListener((observable, old, rows) -> showVfs(rows));
        model.selectedProperty().addListener((observable, old, node) -> showSelected(node));
        model.nodeFindingsProperty().addListener((observable, old, rows) ->
                showNodeFindings(rows));
        model.highlightedProperty().addListener((observable, old, devices) -> tree.refresh());
        model.selectedFindingProperty().addListener((observable, old, row) -> {
            if (row != findings.getSelectionModel().getSelectedItem()) {
                syncing = true;
                try {
                    findings.getSelectionModel().select(row);
                } finally {
                    syncing = false;
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                model.selectedProperty().set(item.getValue());
            }
        });
        findings.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (!syncing) {
                model.selectedFindingProperty().set(row);
            }
        });
        rebuild(model.rootsProperty().get());
        showVfs(model.vfRowsProperty().get());
        showSelected(model.selectedProperty().get());
    }

    private void rebuild(List<MachineNode> roots) {
        syncing = true;
        try {
            items.clear();
            TreeItem<MachineNode> top = new TreeItem<>();
            roots.forEach(node -> top.getChildren().add(item(node, 0)));
            tree.setRoot(top);
            top.setExpanded(true);
        } finally {
            syncing = false;
        }
    }

    private TreeItem<MachineNode> item(MachineNode node, int depth) {
        TreeItem<MachineNode> item = new TreeItem<>(node);
        items.put(node.id(), item);
        node.children().forEach(child -> item.getChildren().add(item(child, depth + 1)));
        item.setExpanded(depth == 0 || node.kind() != MachineNode.Kind.PF
                || node.children().size() <= 16);
        return item;
    }

    private void showSelected(MachineNode node) {
        title.setText(node == null ? "Select a device" : node.label());
        properties.getChildren().clear();
        if (node != null) {
            int row = 0;
            for (MachineNode.Property property : node.properties()) {
                Label name = new Label(property.name());
                name.getStyleClass().add(Styles.PROPERTY_NAME);
                TextField value = new TextField(property.value());
                value.setEditable(false);
                value.getStyleClass().add(Styles.PROPERTY_VALUE);
                properties.addRow(row++, name, value);
            }
        }
        TreeItem<MachineNode> item = node == null ? null : items.get(node.id());
        syncing = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                for (TreeItem<MachineNode> up = item.getParent(); up != null;
                        up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int index = tree.getRow(item);
                if (index >= 0) {
                    tree.scrollTo(Math.max(0, index - 4));
                }
            }
        } finally {
            syncing = false;
        }
        selectVfRow(node);
    }

    private void showNodeFindings(List<FindingRow> rows) {
        nodeFindings.getChildren().clear();
        for (FindingRow row : rows) {
            Label line = new Label(row.id() + " [" + row.rule() + "]: " + row.message(),
                    Icons.icon(MachineStyles.glyph(row.severity())));
            line.getStyleClass().addAll(MachineStyles.NODE_FINDING,
                    MachineStyles.NODE_FINDING + "-" + row.severity().label());
            line.setWrapText(true);
            line.setTooltip(new Tooltip("Fix: " + row.fix()));
            line.setOnMouseClicked(event -> model.selectedFindingProperty().set(row));
            nodeFindings.getChildren().add(line);
        }
    }

    private void showVfs(List<VfRow> rows) {
        vfTable.setItems(FXCollections.observableArrayList(rows));
        boolean any = !rows.isEmpty();
        vfSection.setText("VF pool (" + rows.size() + ")");
        for (var node : List.of(vfSection, vfTable)) {
            node.setVisible(any);
            node.setManaged(any);
        }
        selectVfRow(model.selectedProperty().get());
    }

    private void selectVfRow(MachineNode node) {
        vfTable.getSelectionModel().clearSelection();
        if (node == null || node.kind() != MachineNode.Kind.VF) {
            return;
        }
        String index = node.label().substring("vf ".length());
        vfTable.getItems().stream().filter(row -> String.valueOf(row.index()).equals(index))
                .findFirst().ifPresent(row -> {
                    vfTable.getSelectionModel().select(row);
                    vfTable.scrollTo(row);
                });
    }

}
