package org.vnicconsole.console.machine;

import java.util.List;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.NetvscPair;

/**
 * What the triplet diagram draws: a master box above two slave boxes and which of the two
 * paths carries traffic. A net_failover triplet puts the VF (primary) left and the virtio
 * standby right; an hv_netvsc pair puts its VF left and the synthetic VMBus path right. A slave
 * the input did not show is {@link State#MISSING}; one whose role it did not show is
 * {@link State#UNKNOWN}. Immutable.
 *
 * @param caption one line above the drawing
 * @param master the top box
 * @param left the fast path (the VF)
 * @param right the fallback path
 * @param active which path carries traffic now
 */
public record TripletPicture(String caption, Box master, Box left, Box right, Active active) {

    /** How sure the input is of a box. */
    public enum State { PRESENT, MISSING, UNKNOWN }

    /** Which path is active. */
    public enum Active { LEFT, RIGHT, UNKNOWN }

    /**
     * One box.
     *
     * @param role what the device is, for example {@code standby (virtio)}
     * @param name the device name, or {@code missing} / {@code unknown}
     */
    public record Box(String role, String name, State state) {
    }

    /** The picture of a net_failover triplet. */
    public static TripletPicture of(FailoverTriplet triplet) {
        Box master = box("failover master", triplet.master());
        List<String> others = triplet.slaves().stream()
                .filter(slave -> !slave.equals(triplet.primary().value())
                        && !slave.equals(triplet.standby().value()))
                .toList();
        Box left = slot("primary (VF)", triplet.primary(), others, 0);
        int nextOther = triplet.primary().isKnown() ? 0 : Math.min(1, others.size());
        Box right = slot("standby (virtio)", triplet.standby(), others, nextOther);
        String active = triplet.activeSlave().orElse("");
        Active path = active.isEmpty() ? Active.UNKNOWN
                : active.equals(left.name()) ? Active.LEFT
                : active.equals(right.name()) ? Active.RIGHT : Active.UNKNOWN;
        return new TripletPicture("net_failover triplet " + triplet.master().display() + " · MAC "
                + triplet.mac().display(), master, left, right, path);
    }

    /** The picture of an hv_netvsc pair: the synthetic device over its VF and the VMBus path. */
    public static TripletPicture of(NetvscPair pair) {
        Box master = box("hv_netvsc (synthetic)", pair.synthetic());
        Box left = new Box("VF", pair.vf(), State.PRESENT);
        Box right = new Box("synthetic path", "VMBus", State.PRESENT);
        Active path = switch (pair.datapath().orElse("")) {
            case "vf" -> Active.LEFT;
            case "synthetic" -> Active.RIGHT;
            default -> Active.UNKNOWN;
        };
        return new TripletPicture("hv_netvsc pair " + pair.synthetic().display() + " · MAC "
                + pair.mac().display(), master, left, right, path);
    }

    private static Box slot(String role, Known<String> name, List<String> others, int other) {
        if (name.isKnown() || other >= others.size()) {
            return box(role, name);
        }
        return new Box("slave (role unknown)", others.get(other), State.UNKNOWN);
    }

    private static Box box(String role, Known<String> name) {
        return name.isKnown() ? new Box(role, name.value(), State.PRESENT)
                : new Box(role, "missing", State.MISSING);
    }
}
