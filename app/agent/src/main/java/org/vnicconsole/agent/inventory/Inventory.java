package org.vnicconsole.agent.inventory;

import java.util.List;
import java.util.Optional;

/**
 * Everything the agent recognised on one machine or in one input: PF pools, failover triplets,
 * netvsc pairs, every device with its role, and the PCI functions seen without a netdev.
 * Immutable.
 */
public record Inventory(
        List<PhysicalFunction> physicalFunctions,
        List<FailoverTriplet> triplets,
        List<NetvscPair> netvscPairs,
        List<Device> devices,
        List<PciFunction> otherPciFunctions) {

    public Inventory {
        physicalFunctions = List.copyOf(physicalFunctions);
        triplets = List.copyOf(triplets);
        netvscPairs = List.copyOf(netvscPairs);
        devices = List.copyOf(devices);
        otherPciFunctions = List.copyOf(otherPciFunctions);
    }

    /** The PF with this netdev name. */
    public Optional<PhysicalFunction> pf(String name) {
        return physicalFunctions.stream()
                .filter(pf -> name.equals(pf.name().value()))
                .findFirst();
    }

    /** The PF at this PCI address. */
    public Optional<PhysicalFunction> pfAt(String pciAddress) {
        return physicalFunctions.stream()
                .filter(pf -> pciAddress.equals(pf.pciAddress().value()))
                .findFirst();
    }

    /** The device with this name. */
    public Optional<Device> device(String name) {
        return devices.stream().filter(device -> device.name().equals(name)).findFirst();
    }
}
