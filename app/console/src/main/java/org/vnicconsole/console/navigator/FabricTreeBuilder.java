package org.vnicconsole.console.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.operator.VfInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;

/**
 * The fabric navigator: zone > host > adapter (PF) > VFs. Each held VF names the vNIC and the
 * instance it backs; free VFs show as free. Usage: VFs used of total, summed up the tree. Pure.
 */
public final class FabricTreeBuilder {

    private FabricTreeBuilder() {
    }

    /** The root nodes, one per zone with hosts. */
    public static List<NavNode> build(FleetIndex index) {
        Map<String, List<HostInfo>> byZone = new TreeMap<>();
        for (HostInfo host : index.snapshot().hosts()) {
            byZone.computeIfAbsent(String.valueOf(host.zoneId()), id -> new ArrayList<>())
                    .add(host);
        }
        List<NavNode> zones = new ArrayList<>();
        byZone.forEach((zoneId, hosts) -> {
            List<NavNode> hostNodes = hosts.stream()
                    .sorted(Comparator.comparing(host -> FleetIndex.display(host.name(),
                            host.hostId())))
                    .map(host -> host(index, host)).toList();
            zones.add(new NavNode(new NodeRef(NodeKind.ZONE, zoneId), zoneId,
                    hostNodes.size() + " hosts", sum(hostNodes), false, zoneId, hostNodes));
        });
        return zones;
    }

    private static NavNode host(FleetIndex index, HostInfo host) {
        List<NavNode> adapters = FleetIndex.list(host.adapters()).stream()
                .map(adapter -> adapter(index, host, adapter)).toList();
        String note = host.vcpuUsed() + "/" + host.vcpuTotal() + " vCPUs";
        return new NavNode(new NodeRef(NodeKind.HOST, host.hostId()),
                FleetIndex.display(host.name(), host.hostId()), note, sum(adapters), false,
                SearchText.of(host.hostId(), host.name()), adapters);
    }

    private static NavNode adapter(FleetIndex index, HostInfo host, AdapterInfo adapter) {
        List<NavNode> vfs = FleetIndex.list(adapter.vfs()).stream()
                .map(vf -> vf(index, host, vf)).toList();
        int used = adapter.usedVfs() != null ? adapter.usedVfs()
                : (int) vfs.stream().filter(vf -> !vf.free()).count();
        int total = adapter.totalVfs() != null ? adapter.totalVfs() : vfs.size();
        String note = adapter.pciAddress() + " · " + adapter.model() + " · "
                + adapter.usedQueues() + "/" + adapter.totalQueues() + " queues";
        return new NavNode(new NodeRef(NodeKind.ADAPTER, adapter.adapterId()),
                FleetIndex.display(adapter.name(), adapter.adapterId()), note,
                new Usage(used, total, "VFs"), false,
                SearchText.of(adapter.adapterId(), adapter.name(), adapter.pciAddress(),
                        adapter.model(), adapter.driver()), vfs);
    }

    private static NavNode vf(FleetIndex index, HostInfo host, VfInfo vf) {
        String key = host.hostId() + "/" + vf.pciAddress();
        String label = "VF " + vf.vfIndex() + " · " + vf.pciAddress();
        if (vf.nicId() == null) {
            return new NavNode(new NodeRef(NodeKind.VF, key), label, "free", null, true,
                    SearchText.of(vf.pciAddress()), List.of());
        }
        String nicName = index.nic(vf.nicId())
                .map(nic -> FleetIndex.display(nic.name(), nic.nicId())).orElse(vf.nicId());
        String instanceName = index.instance(vf.instanceId())
                .map(InstanceInfo::instanceName).orElse(vf.instanceId());
        return new NavNode(new NodeRef(NodeKind.VF, key), label, nicName + " · " + instanceName,
                null, false, SearchText.of(vf.pciAddress(), vf.macAddress(), vf.nicId(), nicName,
                        vf.instanceId(), instanceName), List.of());
    }

    private static Usage sum(List<NavNode> children) {
        long used = children.stream().mapToLong(node -> node.usage().used()).sum();
        long total = children.stream().mapToLong(node -> node.usage().total()).sum();
        return new Usage(used, total, "VFs");
    }
}
