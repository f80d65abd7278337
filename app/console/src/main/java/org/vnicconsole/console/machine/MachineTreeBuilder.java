package org.vnicconsole.console.machine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Device;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.inventory.IpAddress;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.NetvscPair;
import org.vnicconsole.agent.inventory.PciFunction;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.agent.inventory.VirtualFunction;
import org.vnicconsole.console.machine.MachineNode.Kind;
import org.vnicconsole.console.machine.MachineNode.Property;

/**
 * Builds the device tree of an agent report: PFs with their VFs, failover triplets with master,
 * primary and standby, netvsc pairs, every other device, and PCI functions of no PF. Each node
 * gets the worst severity of the findings naming it or anything below it. Every device of the
 * report appears at least once. Stateless.
 */
final class MachineTreeBuilder {

    private final Inventory inventory;
    private final Set<String> shown = new LinkedHashSet<>();

    private MachineTreeBuilder(Inventory inventory) {
        this.inventory = inventory;
    }

    /** The top-level groups of the report's tree; groups with nothing in them are left out. */
    static List<MachineNode> build(AgentReport report) {
        MachineTreeBuilder builder = new MachineTreeBuilder(report.inventory());
        List<MachineNode> roots = new ArrayList<>();
        Inventory inventory = report.inventory();
        builder.group(roots, "pfs", "Physical functions (SR-IOV)",
                inventory.physicalFunctions().stream().map(builder::pf).toList());
        builder.group(roots, "triplets", "Failover triplets (net_failover)",
                inventory.triplets().stream().map(builder::triplet).toList());
        builder.group(roots, "pairs", "hv_netvsc pairs",
                inventory.netvscPairs().stream().map(builder::pair).toList());
        builder.group(roots, "devices", "Other devices", inventory.devices().stream()
                .filter(device -> !builder.shown.contains(device.name()))
                .map(device -> builder.device("dev:", Kind.DEVICE, device.name(),
                        device.role().label()))
                .toList());
        builder.group(roots, "pci", "Other PCI functions",
                inventory.otherPciFunctions().stream().map(MachineTreeBuilder::pci).toList());
        return roots.stream().map(root -> badged(root, report.findings())).toList();
    }

    private void group(List<MachineNode> roots, String id, String title,
            List<MachineNode> children) {
        if (!children.isEmpty()) {
            roots.add(new MachineNode("group:" + id, Kind.GROUP, title,
                    String.valueOf(children.size()), List.of(), null,
                    List.of(new Property("Items", String.valueOf(children.size()))), children));
        }
    }

    private MachineNode pf(PhysicalFunction pf) {
        pf.name().map(shown::add);
        List<String> devices = known(pf.name(), pf.pciAddress());
        String id = "pf:" + pf.label();
        List<MachineNode> vfs = pf.vfs().stream().map(vf -> vf(id, pf, vf)).toList();
        List<Property> properties = List.of(
                new Property("Netdev", pf.name().display()),
                new Property("PCI address", pf.pciAddress().display()),
                new Property("Driver", pf.driver().display()),
                new Property("Adapter", pf.description().display()),
                new Property("SR-IOV", pf.sriovCapable().map(yes -> yes ? "yes" : "no").display()),
                new Property("VFs enabled", pf.enabledVfs().display() + " of "
                        + pf.totalVfs().display()),
                new Property("VFs listed", pf.vfs().size() + (pf.vfListTruncated()
                        ? " (netlink list truncated)" : "")),
                new Property("Master", pf.master().display()));
        return new MachineNode(id, Kind.PF, pf.label(), "PF · " + pf.pciAddress().display()
                + " · " + pf.vfs().size() + " VFs", devices, null, properties, vfs);
    }

    private MachineNode vf(String pfId, PhysicalFunction pf, VirtualFunction vf) {
        vf.netdev().map(shown::add);
        VfRow row = VfRow.of(vf);
        List<Property> properties = List.of(
                new Property("PF", pf.label()),
                new Property("VF index", String.valueOf(vf.index())),
                new Property("PCI address", row.pciAddress()),
                new Property("Netdev", row.netdev()),
                new Property("Driver", row.driver()),
                new Property("MAC", row.mac()),
                new Property("VLAN", row.vlan() + " · " + vf.vlanProtocol().display()),
                new Property("Rate", row.rate()),
                new Property("Spoof check", row.spoofCheck()),
                new Property("Trust", row.trust()),
                new Property("Link state", row.linkState()),
                new Property("Query RSS", vf.queryRss().display()),
                new Property("IOMMU group", vf.iommuGroup().display()));
        String label = "vf " + vf.index();
        String note = vf.netdev().isKnown() ? vf.netdev().value() + " · " + row.pciAddress()
                : row.pciAddress();
        return new MachineNode(pfId + "/vf" + vf.index(), Kind.VF, label, note,
                known(vf.netdev(), vf.pciAddress()), null, properties, List.of());
    }

    private MachineNode triplet(FailoverTriplet triplet) {
        String master = triplet.master().display();
        String id = "triplet:" + master + ":" + String.join(",", triplet.slaves());
        List<MachineNode> members = new ArrayList<>();
        triplet.master().map(name -> members.add(device(id + "/", Kind.MASTER, name, "master")));
        triplet.primary().map(name -> members.add(device(id + "/", Kind.PRIMARY, name,
                "primary (VF)" + active(triplet, name))));
        triplet.standby().map(name -> members.add(device(id + "/", Kind.STANDBY, name,
                "standby (virtio)" + active(triplet, name))));
        for (String slave : triplet.slaves()) {
            if (!slave.equals(triplet.primary().value())
                    && !slave.equals(triplet.standby().value())) {
                members.add(device(id + "/", Kind.SLAVE, slave, "slave, role unknown"
                        + active(triplet, slave)));
            }
        }
        List<String> devices = new ArrayList<>(known(triplet.master()));
        devices.addAll(triplet.slaves());
        List<Property> properties = List.of(
                new Property("Master", master),
                new Property("Primary (VF)", triplet.primary().display()),
                new Property("Standby (virtio)", triplet.standby().display()),
                new Property("Slaves", triplet.slaves().isEmpty() ? "none"
                        : String.join(", ", triplet.slaves())),
                new Property("Shared MAC", triplet.mac().display()),
                new Property("Carrying traffic", triplet.activeSlave().display()),
                new Property("Complete", triplet.isComplete() ? "yes" : "no"));
        return new MachineNode(id, Kind.TRIPLET, master, "triplet"
                + (triplet.isComplete() ? "" : " · incomplete"),
                devices, null, properties, members);
    }

    private static String active(FailoverTriplet triplet, String name) {
        return name.equals(triplet.activeSlave().value()) ? " · active" : "";
    }

    private MachineNode pair(NetvscPair pair) {
        String id = "pair:" + pair.vf();
        List<MachineNode> members = new ArrayList<>();
        pair.synthetic().map(name -> members.add(device(id + "/", Kind.SYNTHETIC, name,
                "hv_netvsc" + ("synthetic".equals(pair.datapath().value())
                        ? " · active" : ""))));
        members.add(device(id + "/", Kind.PAIR_VF, pair.vf(), "VF"
                + ("vf".equals(pair.datapath().value()) ? " · active" : "")));
        List<String> devices = new ArrayList<>(known(pair.synthetic()));
        devices.add(pair.vf());
        List<Property> properties = List.of(
                new Property("Synthetic (hv_netvsc)", pair.synthetic().display()),
                new Property("VF", pair.vf()),
                new Property("Shared MAC", pair.mac().display()),
                new Property("VF PCI address", pair.vfPciAddress().display()),
                new Property("VF driver", pair.vfDriver().display()),
                new Property("VF adapter", pair.vfDescription().display()),
                new Property("Data path", pair.datapath().display()),
                new Property("Recognised by", pair.evidence()));
        return new MachineNode(id, Kind.PAIR, pair.synthetic().display() + " + " + pair.vf(),
                "netvsc pair · via " + pair.datapath().display(), devices, null,
                properties, members);
    }

    private MachineNode device(String prefix, Kind kind, String name, String note) {
        shown.add(name);
        List<Property> properties = inventory.device(name).map(MachineTreeBuilder::properties)
                .orElse(List.of(new Property("Name", name),
                        new Property("Listed", "not in the input's device listing")));
        return new MachineNode(prefix + name, kind, name, note, List.of(name), null, properties,
                List.of());
    }

    private static List<Property> properties(Device device) {
        return List.of(
                new Property("Name", device.name()),
                new Property("Role", device.role().label()),
                new Property("State", device.operState().display()),
                new Property("MAC", device.mac().display()),
                new Property("Master", device.master().map(m -> m.isEmpty() ? "none" : m)
                        .display()),
                new Property("Driver", device.driver().map(d -> d.isEmpty() ? "none" : d)
                        .display()),
                new Property("PCI address", device.pciAddress().display()),
                new Property("MTU", device.mtu().display()),
                new Property("Kind", device.kind().map(k -> k.isEmpty() ? "none" : k).display()),
                new Property("Flags", device.flags().map(flags -> String.join(",", flags))
                        .display()),
                new Property("Addresses", device.addresses().map(MachineTreeBuilder::addresses)
                        .display()),
                new Property("Alternative names", device.altnames().isEmpty() ? "none"
                        : String.join(", ", device.altnames())),
                new Property("Speed", device.speedMbps().map(speed -> speed + " Mbps")
                        .display()));
    }

    private static String addresses(List<IpAddress> addresses) {
        return addresses.isEmpty() ? "none"
                : addresses.stream().map(IpAddress::cidr).collect(Collectors.joining(" "));
    }

    private static MachineNode pci(PciFunction pci) {
        List<Property> properties = List.of(
                new Property("PCI address", pci.address().display()),
                new Property("Adapter", pci.description().display()),
                new Property("Driver", pci.driver().display()),
                new Property("Virtual function", pci.virtualFunction()
                        .map(vf -> vf ? "yes" : "no").display()));
        return new MachineNode("pci:" + pci.address().display(), Kind.PCI,
                pci.address().display(), pci.driver().display(), known(pci.address()), null,
                properties, List.of());
    }

    @SafeVarargs
    private static List<String> known(Known<String>... values) {
        List<String> names = new ArrayList<>();
        for (Known<String> value : values) {
            value.map(names::add);
        }
        return names;
    }

    private static MachineNode badged(MachineNode node, List<Finding> findings) {
        List<MachineNode> children = node.children().stream()
                .map(child -> badged(child, findings)).toList();
        Severity worst = null;
        for (Finding finding : findings) {
            if (node.concerns(finding.devices())) {
                worst = worse(worst, finding.severity());
            }
        }
        for (MachineNode child : children) {
            worst = worse(worst, child.badge());
        }
        return node.with(worst, children);
    }

    private static Severity worse(Severity one, Severity other) {
        if (one == null) {
            return other;
        }
        return other == null || one.compareTo(other) >= 0 ? one : other;
    }
}
