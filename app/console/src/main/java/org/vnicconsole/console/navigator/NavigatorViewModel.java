package org.vnicconsole.console.navigator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vnicconsole.console.fleet.FleetIndex;

/**
 * The state of one navigator tree: the full tree built from the latest snapshot, the search
 * query, and the tree filtered by it (matches, their ancestors expanded, their own children kept
 * collapsed). Remembers which nodes the user expanded across refreshes. Holds no Node; use on the
 * UI thread.
 */
public final class NavigatorViewModel {

    private final String title;
    private final Function<FleetIndex, List<NavNode>> builder;
    private final ObjectProperty<List<NavNode>> roots = new SimpleObjectProperty<>(List.of());
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<NavNode>> visibleRoots =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(0);
    private final Set<NodeRef> expandedByUser = new HashSet<>();
    private final Set<NodeRef> expandedBySearch = new HashSet<>();
    private final String emptyNote;
    private final int openDepth;
    private boolean shown;
    private String note = "";

    /**
     * A navigator.
     *
     * @param title the tab title
     * @param builder builds the roots from a snapshot
     * @param emptyNote what to say when the tree has nothing
     */
    public NavigatorViewModel(String title, Function<FleetIndex, List<NavNode>> builder,
            String emptyNote) {
        this(title, builder, emptyNote, 1);
    }

    /**
     * A navigator whose first {@code openDepth} levels show open on the first snapshot, so the
     * fleet is visible at once.
     */
    public NavigatorViewModel(String title, Function<FleetIndex, List<NavNode>> builder,
            String emptyNote, int openDepth) {
        this.openDepth = openDepth;
        this.title = title;
        this.builder = builder;
        this.emptyNote = emptyNote;
        roots.addListener((observable, old, value) -> refilter());
        query.addListener((observable, old, value) -> refilter());
    }

    public String title() {
        return title;
    }

    /** Rebuilds the tree from a new snapshot, keeping the query and the expanded nodes. */
    public void show(FleetIndex index, String fabricNote) {
        this.note = fabricNote == null ? "" : fabricNote;
        List<NavNode> built = builder.apply(index);
        if (!shown && !built.isEmpty()) {
            shown = true;
            built.forEach(root -> open(root, openDepth));
        }
        roots.set(built);
    }

    /** What to show when the tree is empty. */
    public String placeholder() {
        return note.isEmpty() ? emptyNote : note;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<List<NavNode>> visibleRootsProperty() {
        return visibleRoots.getReadOnlyProperty();
    }

    /** How many nodes match the query; 0 without a query. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** Whether a node should show expanded: the user opened it, or a search match is below it. */
    public boolean isExpanded(NodeRef ref) {
        return expandedBySearch.contains(ref) || (isSearching() ? false
                : expandedByUser.contains(ref));
    }

    /** Records that the user opened or closed a node. */
    public void setExpanded(NodeRef ref, boolean expanded) {
        if (isSearching()) {
            return;
        }
        if (expanded) {
            expandedByUser.add(ref);
        } else {
            expandedByUser.remove(ref);
        }
    }

    /** True while a query filters the tree. */
    public boolean isSearching() {
        return !query.get().isBlank();
    }

    /** The refs from a root down to the node, in the visible tree; empty when not shown. */
    public List<NodeRef> pathTo(NodeRef target) {
        List<NodeRef> path = new ArrayList<>();
        for (NavNode root : visibleRoots.get()) {
            if (find(root, target, path)) {
                return path;
            }
        }
        return List.of();
    }

    private void open(NavNode node, int depth) {
        if (depth <= 0) {
            return;
        }
        expandedByUser.add(node.ref());
        node.children().forEach(child -> open(child, depth - 1));
    }

    private boolean find(NavNode node, NodeRef target, List<NodeRef> path) {
        path.add(node.ref());
        if (node.ref().equals(target)) {
            return true;
        }
        for (NavNode child : node.children()) {
            if (find(child, target, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    private void refilter() {
        expandedBySearch.clear();
        String needle = needle();
        if (needle.isEmpty()) {
            matchCount.set(0);
            visibleRoots.set(roots.get());
            return;
        }
        int[] matches = {0};
        List<NavNode> kept = new ArrayList<>();
        for (NavNode root : roots.get()) {
            filter(root, needle, matches).ifPresent(kept::add);
        }
        matchCount.set(matches[0]);
        visibleRoots.set(kept);
    }

    private Optional<NavNode> filter(NavNode node, String needle, int[] matches) {
        boolean self = node.searchText().contains(needle);
        List<NavNode> children = new ArrayList<>();
        for (NavNode child : node.children()) {
            filter(child, needle, matches).ifPresent(children::add);
        }
        if (self) {
            matches[0]++;
        }
        if (!children.isEmpty()) {
            expandedBySearch.add(node.ref());
            return Optional.of(node.withChildren(children));
        }
        return self ? Optional.of(node) : Optional.empty();
    }

    private String needle() {
        return query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
    }
}
