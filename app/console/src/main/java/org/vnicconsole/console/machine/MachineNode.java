package org.vnicconsole.console.machine;

import java.util.Collection;
import java.util.List;
import org.vnicconsole.agent.inventory.Severity;

/**
 * One node of the device tree of an agent report: a group, a PF, a VF, a triplet or a member of
 * one, a netvsc pair, a plain device. Carries what the details pane shows and the worst
 * severity of the findings that name any of its devices (null when none). Immutable.
 *
 * @param id unique within one report's tree, stable across refreshes of the same machine
 * @param kind what the node is
 * @param label the main text (a device name, or {@code unknown})
 * @param note a muted note after the label (role, PCI address, counts)
 * @param devices the device names this node stands for, matched against findings
 * @param badge the worst severity among findings on this node or below, or null
 * @param properties the details, in display order
 * @param children the nodes below
 */
public record MachineNode(
        String id,
        Kind kind,
        String label,
        String note,
        List<String> devices,
        Severity badge,
        List<Property> properties,
        List<MachineNode> children) {

    public MachineNode {
        devices = List.copyOf(devices);
        properties = List.copyOf(properties);
        children = List.copyOf(children);
    }

    /** What a node stands for; the view picks an icon per kind. */
    public enum Kind {
        GROUP, PF, VF, TRIPLET, MASTER, PRIMARY, STANDBY, SLAVE, PAIR, SYNTHETIC, PAIR_VF, DEVICE,
        PCI
    }

    /** One line of the details: a name and its value ({@code unknown} when not read). */
    public record Property(String name, String value) {
    }

    /** Whether this node stands for any of {@code names}. */
    public boolean concerns(Collection<String> names) {
        return devices.stream().anyMatch(names::contains);
    }

    /** The same node with another badge and children. */
    MachineNode with(Severity newBadge, List<MachineNode> newChildren) {
        return new MachineNode(id, kind, label, note, devices, newBadge, properties, newChildren);
    }
}
