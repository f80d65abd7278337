package org.vnicconsole.agent.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.PciFacts;
import org.vnicconsole.agent.inventory.Device;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PciFunction;
import org.vnicconsole.agent.inventory.PhysicalFunction;

/**
 * Turns the facts of one input into an inventory: PF pools, failover triplets, netvsc pairs and
 * every device with its role. The same code serves the live machine, snapshots and pasted text.
 * Stateless; safe from any thread (each call works on its own facts).
 */
public final class Inspector {

    private static final Logger LOG = LoggerFactory.getLogger(Inspector.class);

    /** Recognises what the facts show. */
    public Inventory inspect(MachineFacts facts) {
        PoolBuilder pools = new PoolBuilder(facts);
        List<PhysicalFunction> physicalFunctions = pools.build();
        RoleClassifier classifier = new RoleClassifier(facts);
        classifier.classify();
        List<Device> devices = new ArrayList<>();
        for (LinkFacts link : facts.links()) {
            devices.add(device(link, role(link, classifier.roles(), pools)));
        }
        Set<String> used = pools.usedPci();
        List<PciFunction> others = new ArrayList<>();
        for (PciFacts pci : facts.pciFunctions()) {
            boolean hasNetdev = facts.linkAt(pci.address) != null;
            if (!used.contains(pci.address) && !hasNetdev) {
                if (Boolean.TRUE.equals(pci.virtualFunction) || "vfio-pci".equals(pci.driver)) {
                    facts.limitation(pci.address + " looks like a VF, but the input does not "
                            + "show which PF it belongs to or its VF index");
                }
                others.add(new PciFunction(Known.of(pci.address), Known.of(pci.description),
                        Known.of(pci.driver), Known.of(pci.virtualFunction)));
            }
        }
        LOG.debug("{} PFs, {} triplets, {} netvsc pairs, {} devices", physicalFunctions.size(),
                classifier.triplets().size(), classifier.pairs().size(), devices.size());
        return new Inventory(physicalFunctions, classifier.triplets(), classifier.pairs(),
                devices, others);
    }

    private static DeviceRole role(LinkFacts link, Map<String, DeviceRole> roles,
            PoolBuilder pools) {
        if (roles.containsKey(link.name)) {
            return roles.get(link.name);
        }
        if (link.hasFlag("LOOPBACK") || "lo".equals(link.name) && link.pciAddress == null) {
            return DeviceRole.LOOPBACK;
        }
        if (pools.pfNames().contains(link.name)) {
            return DeviceRole.PF;
        }
        if (pools.vfNames().contains(link.name) || link.physfn != null) {
            return DeviceRole.VF;
        }
        return DeviceRole.PLAIN;
    }

    private static Device device(LinkFacts link, DeviceRole role) {
        return new Device(link.name, role, Known.of(link.mac), Known.of(link.operState),
                Known.of(link.flags == null ? null : List.copyOf(link.flags)),
                Known.of(link.master), Known.of(link.driver), Known.of(link.pciAddress),
                Known.of(link.mtu), Known.of(link.kind), Known.of(link.slaveKind),
                Known.of(link.promiscuity), Known.of(link.maxMtu), Known.of(link.numTxQueues),
                Known.of(link.numRxQueues), link.altnames, Known.of(link.alias),
                Known.of(link.speed),
                Known.of(link.addresses == null ? null : List.copyOf(link.addresses)));
    }
}
