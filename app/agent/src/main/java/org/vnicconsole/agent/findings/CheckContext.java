package org.vnicconsole.agent.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.inventory.NetvscPair;

/**
 * What the checks look at: the facts, the inventory made of them, and the fleet's expectation of
 * VFs per PF. Read-only.
 *
 * @param facts the facts as read
 * @param inventory what was recognised
 * @param expectedVfs how many VFs each PF should have enabled, when the fleet says so
 * @param roles each device's role, by name
 */
record CheckContext(MachineFacts facts, Inventory inventory, OptionalInt expectedVfs,
        Map<String, DeviceRole> roles) {

    /** The context for an inventory, with its roles indexed by name. */
    static CheckContext of(MachineFacts facts, Inventory inventory, OptionalInt expectedVfs) {
        Map<String, DeviceRole> roles = new java.util.HashMap<>();
        inventory.devices().forEach(device -> roles.put(device.name(), device.role()));
        return new CheckContext(facts, inventory, expectedVfs, Map.copyOf(roles));
    }

    /** Every slave (triplet slave, standby without master, netvsc VF), with its master if any. */
    Map<String, String> slaves() {
        Map<String, String> slaves = new LinkedHashMap<>();
        for (FailoverTriplet triplet : inventory.triplets()) {
            triplet.slaves().forEach(slave -> slaves.put(slave, triplet.master().value()));
            triplet.standby().map(standby -> slaves.putIfAbsent(standby, null));
        }
        for (NetvscPair pair : inventory.netvscPairs()) {
            slaves.put(pair.vf(), pair.synthetic().value());
        }
        return slaves;
    }

    /** The MACs shared by the members of a triplet or pair. */
    List<String> sharedMacs() {
        List<String> macs = new java.util.ArrayList<>();
        inventory.triplets().forEach(triplet -> triplet.mac().map(macs::add));
        inventory.netvscPairs().forEach(pair -> pair.mac().map(macs::add));
        return macs;
    }

    /** The facts of a device, or null. */
    LinkFacts link(String name) {
        return name == null ? null : facts.existingLink(name);
    }

    /** The role the inventory gave a device. */
    DeviceRole role(String name) {
        return roles.getOrDefault(name, DeviceRole.PLAIN);
    }
}
