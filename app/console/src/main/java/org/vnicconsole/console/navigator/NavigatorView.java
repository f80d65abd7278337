package org.vnicconsole.console.navigator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import org.vnicconsole.console.shell.Styles;

/**
 * One navigator: a virtualised tree over a {@link NavigatorViewModel}. Rebuilds its items when
 * the visible tree changes (refresh or search), restoring expansion and the selection; keeps the
 * shared selection in step both ways. The context menu is filled by {@code menuFiller} for the
 * selected node each time it opens. UI thread.
 */
public final class NavigatorView {

    private final NavigatorViewModel model;
    private final ObjectProperty<NodeRef> selected;
    private final TreeView<NavNode> tree = new TreeView<>();
    private final Label placeholder = new Label();
    private final StackPane pane = new StackPane(tree, placeholder);
    private final Map<NodeRef, TreeItem<NavNode>> items = new HashMap<>();
    private boolean syncing;

    /**
     * A navigator view.
     *
     * @param selected the selection shared by all navigators and the details pane
     * @param menuFiller fills the context menu for the selected node
     */
    public NavigatorView(NavigatorViewModel model, ObjectProperty<NodeRef> selected,
            Consumer<ContextMenu> menuFiller) {
        this.model = model;
        this.selected = selected;
        tree.setId("tree-" + model.title().toLowerCase(java.util.Locale.ROOT));
        tree.getStyleClass().add(Styles.NAVIGATOR);
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new NavCell());
        tree.setRoot(new TreeItem<>());
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(event -> menuFiller.accept(menu));
        tree.setContextMenu(menu);
        model.visibleRootsProperty().addListener((observable, old, roots) -> rebuild(roots));
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                selected.set(item.getValue().ref());
            }
        });
        selected.addListener((observable, old, ref) -> reveal(ref));
        rebuild(model.visibleRootsProperty().get());
    }

    /** The tree with its placeholder. */
    public StackPane node() {
        return pane;
    }

    /** The tree control. */
    public TreeView<NavNode> tree() {
        return tree;
    }

    /** True when this tree shows the node. */
    public boolean contains(NodeRef ref) {
        return items.containsKey(ref) || !model.pathTo(ref).isEmpty();
    }

    /** Selects and scrolls to a node, expanding its ancestors. */
    public void reveal(NodeRef ref) {
        if (ref == null) {
            return;
        }
        TreeItem<NavNode> item = items.get(ref);
        if (item == null) {
            return;
        }
        for (TreeItem<NavNode> parent = item.getParent(); parent != null;
                parent = parent.getParent()) {
            parent.setExpanded(true);
        }
        syncing = true;
        try {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 6));
            }
        } finally {
            syncing = false;
        }
    }

    private void rebuild(List<NavNode> roots) {
        syncing = true;
        try {
            items.clear();
            TreeItem<NavNode> root = new TreeItem<>();
            for (NavNode node : roots) {
                root.getChildren().add(item(node));
            }
            tree.setRoot(root);
            root.setExpanded(true);
            placeholder.setText(model.placeholder());
            placeholder.setVisible(roots.isEmpty());
        } finally {
            syncing = false;
        }
        NodeRef current = selected.get();
        if (current != null && items.containsKey(current)) {
            TreeItem<NavNode> item = items.get(current);
            syncing = true;
            try {
                tree.getSelectionModel().select(item);
            } finally {
                syncing = false;
            }
        }
    }

    private TreeItem<NavNode> item(NavNode node) {
        TreeItem<NavNode> item = new TreeItem<>(node);
        items.putIfAbsent(node.ref(), item);
        for (NavNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        item.setExpanded(model.isExpanded(node.ref()));
        item.expandedProperty().addListener((observable, old, expanded) -> {
            if (!syncing) {
                model.setExpanded(node.ref(), expanded);
            }
        });
        return item;
    }
}
