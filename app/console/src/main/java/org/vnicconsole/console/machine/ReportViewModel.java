package org.vnicconsole.console.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.inventory.NetvscPair;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.Severity;

/**
 * The presentation of one agent report, shared by "This machine" and "Paste diagnostics": the
 * device tree, the findings, what could not be known, and for the selected node its details,
 * its PF's VF pool and the diagram of its triplet or pair. Selecting a finding highlights the
 * devices it names and selects the first of them in the tree. Holds no Node; UI thread.
 */
public final class ReportViewModel {

    private final ReadOnlyObjectWrapper<AgentReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<MachineNode>> roots =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<FindingRow>> findings =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> limitations =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MachineNode> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FindingRow> selectedFinding = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Set<String>> highlighted =
            new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<List<VfRow>> vfRows =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<TripletPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<FindingRow>> nodeFindings =
            new ReadOnlyObjectWrapper<>(List.of());

    /** An empty presentation; {@link #show} fills it. */
    public ReportViewModel() {
        selected.addListener((observable, old, node) -> showSelection(node));
        selectedFinding.addListener((observable, old, row) -> showFinding(row));
    }

    /** Shows a new report, keeping the selected node when it is still there. */
    public void show(AgentReport fresh) {
        String keep = selected.get() == null ? null : selected.get().id();
        report.set(fresh);
        roots.set(MachineTreeBuilder.build(fresh));
        findings.set(fresh.findings().stream().map(FindingRow::of).toList());
        limitations.set(fresh.limitations());
        summary.set(summaryOf(fresh));
        selectedFinding.set(null);
        highlighted.set(Set.of());
        Optional<MachineNode> again = keep == null ? Optional.empty() : find(node ->
                node.id().equals(keep));
        selected.set(null);
        selected.set(again.orElse(null));
        if (again.isEmpty()) {
            showSelection(null);
        }
    }

    /** Forgets the report. */
    public void clear() {
        report.set(null);
        roots.set(List.of());
        findings.set(List.of());
        limitations.set(List.of());
        summary.set("");
        selected.set(null);
        showSelection(null);
    }

    /** The node of the tree with this id. */
    public Optional<MachineNode> node(String id) {
        return find(node -> node.id().equals(id));
    }

    /** Every node, depth first. */
    public List<MachineNode> allNodes() {
        List<MachineNode> all = new ArrayList<>();
        roots.get().forEach(root -> collect(root, all));
        return all;
    }

    /** The ids of the nodes from a root down to {@code id}, inclusive; empty when not found. */
    public List<String> pathTo(String id) {
        for (MachineNode root : roots.get()) {
            List<String> path = new ArrayList<>();
            if (pathTo(root, id, path)) {
                return path;
            }
        }
        return List.of();
    }

    private void showFinding(FindingRow row) {
        if (row == null) {
            highlighted.set(Set.of());
            return;
        }
        highlighted.set(Set.copyOf(row.devices()));
        for (String device : row.devices()) {
            Optional<MachineNode> exact = find(node -> node.kind() != MachineNode.Kind.GROUP
                    && node.label().equals(device));
            if (exact.isPresent()) {
                selected.set(exact.get());
                return;
            }
        }
        find(node -> node.concerns(row.devices())).ifPresent(selected::set);
    }

    private void showSelection(MachineNode node) {
        AgentReport current = report.get();
        if (current == null) {
            vfRows.set(List.of());
            nodeFindings.set(List.of());
            picture.set(null);
            return;
        }
        Inventory inventory = current.inventory();
        Optional<PhysicalFunction> pf = node == null ? Optional.empty()
                : inventory.physicalFunctions().stream()
                        .filter(candidate -> node.id().equals("pf:" + candidate.label())
                                || node.id().startsWith("pf:" + candidate.label() + "/vf"))
                        .findFirst();
        vfRows.set(pf.map(found -> found.vfs().stream().map(VfRow::of).toList())
                .orElse(List.of()));
        nodeFindings.set(node == null ? List.of() : findings.get().stream()
                .filter(row -> node.concerns(row.devices())).toList());
        picture.set(pictureFor(node, inventory));
    }

    private static TripletPicture pictureFor(MachineNode node, Inventory inventory) {
        List<String> names = node == null ? List.of() : node.devices();
        for (FailoverTriplet triplet : inventory.triplets()) {
            if (names.contains(triplet.master().value())
                    || triplet.slaves().stream().anyMatch(names::contains)) {
                return TripletPicture.of(triplet);
            }
        }
        for (NetvscPair pair : inventory.netvscPairs()) {
            if (names.contains(pair.vf()) || names.contains(pair.synthetic().value())) {
                return TripletPicture.of(pair);
            }
        }
        if (!inventory.triplets().isEmpty()) {
            return TripletPicture.of(inventory.triplets().get(0));
        }
        return inventory.netvscPairs().isEmpty() ? null
                : TripletPicture.of(inventory.netvscPairs().get(0));
    }

    private static String summaryOf(AgentReport report) {
        Inventory inventory = report.inventory();
        if (!report.readable()) {
            return "Could not read the input: no device listing in it.";
        }
        long problems = report.findings().stream()
                .filter(finding -> finding.severity() != Severity.INFO).count();
        return count(inventory.physicalFunctions().size(), "PF") + " · "
                + count(inventory.physicalFunctions().stream().mapToInt(pf -> pf.vfs().size())
                        .sum(), "VF") + " · "
                + count(inventory.triplets().size(), "triplet") + " · "
                + count(inventory.netvscPairs().size(), "netvsc pair") + " · "
                + count(inventory.devices().size(), "device") + " · "
                + count(report.findings().size(), "finding") + " ("
                + problems + " warnings or errors)";
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private Optional<MachineNode> find(java.util.function.Predicate<MachineNode> test) {
        return allNodes().stream().filter(test).findFirst();
    }

    private static void collect(MachineNode node, List<MachineNode> all) {
        all.add(node);
        node.children().forEach(child -> collect(child, all));
    }

    private static boolean pathTo(MachineNode node, String id, List<String> path) {
        path.add(node.id());
        if (node.id().equals(id)) {
            return true;
        }
        for (MachineNode child : node.children()) {
            if (pathTo(child, id, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    public ReadOnlyObjectProperty<AgentReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<MachineNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<FindingRow>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> limitationsProperty() {
        return limitations.getReadOnlyProperty();
    }

    /** One line: how many PFs, VFs, triplets, pairs, devices and findings. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The node selected in the tree. */
    public ObjectProperty<MachineNode> selectedProperty() {
        return selected;
    }

    /** The finding selected in the table. */
    public ObjectProperty<FindingRow> selectedFindingProperty() {
        return selectedFinding;
    }

    /** The devices the selected finding names. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** The VF pool of the selected PF, or of the selected VF's PF; empty otherwise. */
    public ReadOnlyObjectProperty<List<VfRow>> vfRowsProperty() {
        return vfRows.getReadOnlyProperty();
    }

    /** The findings that name the selected node's devices. */
    public ReadOnlyObjectProperty<List<FindingRow>> nodeFindingsProperty() {
        return nodeFindings.getReadOnlyProperty();
    }

    /** The diagram of the selection's triplet or pair, else of the first one; null if none. */
    public ReadOnlyObjectProperty<TripletPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }
}
