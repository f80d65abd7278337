package org.vnicconsole.agent.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.NetvscPair;

/**
 * Recognises net_failover triplets and hv_netvsc pairs as failover-facts.md describes: slaves by
 * their master relation (never by the SLAVE flag, which failover slaves do not carry), the
 * standby by {@code phys_port_name} {@code sby}, a shared parent with the master, or the
 * {@code <master>nsby} name, and a netvsc VF by the SLAVE flag, an hv_pci parent or a netvsc
 * join in the log. Bonds, bridges, teams and Open vSwitch ports are left alone. One instance per
 * inspection.
 */
final class RoleClassifier {

    private static final Set<String> AGGREGATE_KINDS =
            Set.of("bond", "bridge", "team", "openvswitch", "vrf", "macvlan", "ipvlan");

    private final MachineFacts facts;
    private final Map<String, DeviceRole> roles = new HashMap<>();
    private final List<FailoverTriplet> triplets = new ArrayList<>();
    private final List<NetvscPair> pairs = new ArrayList<>();

    RoleClassifier(MachineFacts facts) {
        this.facts = facts;
    }

    void classify() {
        for (LinkFacts link : facts.links()) {
            if (isNetvscVf(link)) {
                pairs.add(NetvscPairs.pair(link, facts));
            }
        }
        pairs.forEach(pair -> {
            pair.synthetic().map(name -> roles.put(name, DeviceRole.NETVSC_SYNTHETIC));
            roles.put(pair.vf(), DeviceRole.NETVSC_VF);
        });
        for (LinkFacts master : facts.links()) {
            List<LinkFacts> slaves = failoverSlaves(master);
            if (!roles.containsKey(master.name) && !slaves.isEmpty()) {
                triplets.add(triplet(master, slaves));
            }
        }
        for (LinkFacts link : facts.links()) {
            if (!roles.containsKey(link.name) && looksLikeStandby(link, null)
                    && !link.hasMaster()) {
                roles.put(link.name, DeviceRole.FAILOVER_STANDBY);
                triplets.add(new FailoverTriplet(Known.unknown(), Known.unknown(),
                        Known.of(link.name), List.of(), Known.of(link.mac), Known.unknown()));
            }
        }
    }

    List<FailoverTriplet> triplets() {
        return triplets;
    }

    List<NetvscPair> pairs() {
        return pairs;
    }

    Map<String, DeviceRole> roles() {
        return roles;
    }

    private boolean isNetvscVf(LinkFacts link) {
        if (link.slaveKind != null || isAggregate(link.kind)) {
            return false;
        }
        LinkFacts master = link.hasMaster() ? facts.existingLink(link.master) : null;
        if (master != null && (isAggregate(master.kind) || master.hasFlag("MASTER"))) {
            return false;
        }
        if (Boolean.TRUE.equals(link.hvPci) || link.joinedTo != null) {
            return true;
        }
        boolean netvscUpper = link.uppers.stream().map(facts::existingLink)
                .anyMatch(upper -> upper != null && "hv_netvsc".equals(upper.driver));
        boolean netvscPeer = link.mac != null && !"hv_netvsc".equals(link.driver)
                && facts.links().stream().anyMatch(other -> other != link
                        && "hv_netvsc".equals(other.driver) && link.mac.equals(other.mac));
        if (netvscUpper || netvscPeer) {
            return true;
        }
        if (!link.hasFlag("SLAVE")) {
            return false;
        }
        if (master != null) {
            return "hv_netvsc".equals(master.driver) || Objects.equals(master.mac, link.mac)
                    && !master.hasFlag("SLAVE");
        }
        return facts.links().stream().anyMatch(other -> other != link
                && Objects.equals(other.mac, link.mac) && link.mac != null
                && !other.hasFlag("SLAVE") && !other.hasFlag("MASTER"));
    }

    private List<LinkFacts> failoverSlaves(LinkFacts master) {
        if (master.hasMaster() || isAggregate(master.kind) || master.hasFlag("MASTER")
                || master.hasFlag("LOOPBACK") || master.slaveKind != null) {
            return List.of();
        }
        Set<LinkFacts> slaves = new LinkedHashSet<>();
        for (LinkFacts other : facts.links()) {
            boolean enslaved = master.name.equals(other.master)
                    || master.lowers.contains(other.name);
            boolean stated = "master".equals(master.statedRole) && "slave".equals(other.statedRole)
                    && Objects.equals(master.mac, other.mac);
            if (other != master && (enslaved || stated) && isFailoverCandidate(other, master)) {
                slaves.add(other);
            }
        }
        return List.copyOf(slaves);
    }

    private boolean isFailoverCandidate(LinkFacts slave, LinkFacts master) {
        boolean sameMac = slave.mac == null || master.mac == null || slave.mac.equals(master.mac);
        return sameMac && !slave.hasFlag("SLAVE") && slave.slaveKind == null
                && !isAggregate(slave.kind) && !roles.containsKey(slave.name);
    }

    private FailoverTriplet triplet(LinkFacts master, List<LinkFacts> slaves) {
        roles.put(master.name, DeviceRole.FAILOVER_MASTER);
        LinkFacts standby = slaves.stream().filter(slave -> looksLikeStandby(slave, master))
                .findFirst().orElse(null);
        LinkFacts primary = slaves.stream()
                .filter(slave -> slave != standby && looksLikePrimary(slave, master, standby))
                .findFirst().orElse(null);
        for (LinkFacts slave : slaves) {
            DeviceRole role = slave == standby ? DeviceRole.FAILOVER_STANDBY
                    : slave == primary ? DeviceRole.FAILOVER_PRIMARY : DeviceRole.FAILOVER_SLAVE;
            roles.put(slave.name, role);
        }
        String active = primary != null && primary.isUpWithCarrier() ? primary.name
                : standby != null && standby.isUpWithCarrier()
                        && (primary != null || slaves.size() == 1) ? standby.name : null;
        return new FailoverTriplet(Known.of(master.name),
                Known.of(primary == null ? null : primary.name),
                Known.of(standby == null ? null : standby.name),
                slaves.stream().map(slave -> slave.name).toList(), Known.of(master.mac),
                Known.of(active));
    }

    /** The standby: virtio's {@code sby} port name, the master's parent, or the udev name. */
    static boolean looksLikeStandby(LinkFacts link, LinkFacts master) {
        if ("sby".equals(link.physPortName)) {
            return true;
        }
        if (master == null) {
            return false;
        }
        boolean sameParent = link.parentPath != null && link.parentPath.equals(master.parentPath);
        return sameParent || link.name.equals(master.name + "nsby");
    }

    private static boolean looksLikePrimary(LinkFacts link, LinkFacts master, LinkFacts standby) {
        if (standby != null) {
            return true;
        }
        boolean otherPciFunction = link.pciAddress != null && master.pciAddress != null
                && !link.pciAddress.equals(master.pciAddress);
        return otherPciFunction || link.isVirtualFunction() || link.physfn != null;
    }

    static boolean isAggregate(String kind) {
        return kind != null && AGGREGATE_KINDS.contains(kind);
    }
}
