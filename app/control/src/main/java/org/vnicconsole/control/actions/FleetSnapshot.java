package org.vnicconsole.control.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vnicconsole.control.store.FabricRepository.HeldVf;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Region;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.Vpc;
import org.vnicconsole.model.domain.Zone;

/**
 * Everything a Describe action needs, read in one transaction with one query per table, so a
 * listing of thousands of vNICs costs a handful of queries rather than several per row.
 * Immutable once loaded.
 */
record FleetSnapshot(
        List<Region> regions,
        Map<String, Zone> zones,
        Map<String, Vpc> vpcs,
        Map<String, Subnet> subnets,
        Map<String, SecurityGroup> securityGroups,
        Map<String, Instance> instances,
        Map<String, Vnic> vnics,
        Map<String, List<PrivateIp>> addressesByVnic,
        List<Eip> eips,
        Map<String, List<Eip>> eipsByVnic,
        Map<String, HeldVf> vfByVnic,
        Map<String, List<Vnic>> vnicsByInstance) {

    static FleetSnapshot load(Repositories repos) {
        Map<String, List<PrivateIp>> addresses = new HashMap<>();
        for (PrivateIp ip : repos.addresses().allInAssignmentOrder()) {
            addresses.computeIfAbsent(ip.vnicId(), id -> new ArrayList<>()).add(ip);
        }
        addresses.values().forEach(list -> list.sort((a, b) ->
                Boolean.compare(b.primary(), a.primary())));
        List<Eip> eips = repos.eips().all();
        Map<String, List<Eip>> eipsByVnic = eips.stream().filter(Eip::isBound)
                .collect(Collectors.groupingBy(Eip::vnicId));
        Map<String, HeldVf> vfs = repos.fabric().heldVfs().stream()
                .collect(Collectors.toMap(held -> held.vf().vnicId(), Function.identity()));
        List<Vnic> vnics = repos.vnics().all();
        Map<String, List<Vnic>> byInstance = vnics.stream().filter(Vnic::isAttached)
                .sorted(Comparator.comparingInt(Vnic::deviceIndex))
                .collect(Collectors.groupingBy(Vnic::instanceId));
        return new FleetSnapshot(repos.network().regions(),
                index(repos.network().zones(), Zone::id),
                index(repos.network().vpcs(), Vpc::id),
                index(repos.network().subnets(), Subnet::id),
                index(repos.network().securityGroups(), SecurityGroup::id),
                index(repos.instances().all(), Instance::id),
                index(vnics, Vnic::id), addresses, eips, eipsByVnic, vfs, byInstance);
    }

    List<PrivateIp> addressesOf(String vnicId) {
        return addressesByVnic.getOrDefault(vnicId, List.of());
    }

    List<Eip> eipsOf(String vnicId) {
        return eipsByVnic.getOrDefault(vnicId, List.of());
    }

    /** The vNICs of an instance in device order. */
    List<Vnic> vnicsOf(String instanceId) {
        return vnicsByInstance.getOrDefault(instanceId, List.of());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
