package org.vnicconsole.console.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.capacity.InstanceCaps;

/**
 * The instance view of the tenancy: zone > instance > vNICs > IPs, and a last group of the
 * elastic vNICs attached to nothing. Usage: vNICs of the instance's cap (CAP-VNICS), summed per
 * zone. Pure.
 */
public final class InstanceTreeBuilder {

    /** The id of the group of unattached elastic vNICs. */
    public static final String UNATTACHED_GROUP = "unattached";

    private InstanceTreeBuilder() {
    }

    /** The root nodes: one per zone, then the unattached group. */
    public static List<NavNode> build(FleetIndex index) {
        NicNodes nicNodes = new NicNodes(index);
        Map<String, List<InstanceInfo>> byZone = new TreeMap<>();
        for (InstanceInfo instance : index.snapshot().instances()) {
            byZone.computeIfAbsent(String.valueOf(instance.zoneId()), id -> new ArrayList<>())
                    .add(instance);
        }
        List<NavNode> roots = new ArrayList<>();
        byZone.forEach((zoneId, instances) -> {
            List<NavNode> nodes = instances.stream()
                    .sorted(Comparator.comparing(i -> FleetIndex.display(i.instanceName(),
                            i.instanceId())))
                    .map(instance -> instance(index, nicNodes, instance)).toList();
            long used = nodes.stream().mapToLong(node -> node.usage().used()).sum();
            long total = nodes.stream().mapToLong(node -> node.usage().total()).sum();
            roots.add(new NavNode(new NodeRef(NodeKind.ZONE, zoneId), zoneId,
                    nodes.size() + " instances", new Usage(used, total, "vNICs"), false, zoneId,
                    nodes));
        });
        List<NavNode> unattached = index.allNics().stream()
                .filter(nic -> nic.instanceId() == null).map(nicNodes::nic).toList();
        roots.add(new NavNode(new NodeRef(NodeKind.GROUP, UNATTACHED_GROUP),
                "Unattached elastic vNICs", unattached.size() + " vNICs", null, false, "",
                unattached));
        return roots;
    }

    private static NavNode instance(FleetIndex index, NicNodes nicNodes, InstanceInfo instance) {
        List<NicInfo> nics = index.nicsOf(instance.instanceId());
        List<NavNode> children = nics.stream().map(nicNodes::nic).toList();
        InstanceCaps caps = FleetIndex.capsOf(instance);
        StringBuilder search = new StringBuilder(SearchText.of(instance.instanceId(),
                instance.instanceName(), instance.instanceType(), instance.hostId()));
        FleetIndex.list(instance.privateIpAddresses()).forEach(ip -> search.append(' ').append(ip));
        FleetIndex.list(instance.publicIpAddresses()).forEach(ip -> search.append(' ').append(ip));
        String note = instance.instanceType() + " · " + instance.status();
        return new NavNode(new NodeRef(NodeKind.INSTANCE, instance.instanceId()),
                FleetIndex.display(instance.instanceName(), instance.instanceId()), note,
                new Usage(nics.size(), caps.maxVnics(), "vNICs"), false, search.toString(),
                children);
    }
}
