package org.vnicconsole.console.details;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.console.details.Details.Capacity;
import org.vnicconsole.console.details.Details.Link;
import org.vnicconsole.console.details.Details.Property;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.navigator.Usage;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.operator.VfInfo;
import org.vnicconsole.model.rules.RuleId;

/** Details of fabric objects: hosts, adapters and VFs. Pure. */
final class FabricDetails {

    private FabricDetails() {
    }

    static Details host(FleetIndex index, NodeRef ref) {
        HostInfo host = index.host(ref.id()).orElse(null);
        if (host == null) {
            return DetailsBuilder.gone(ref);
        }
        List<Property> properties = List.of(new Property("Host id", host.hostId(), true),
                new Property("Name", DetailsBuilder.text(host.name()), true),
                new Property("Zone", DetailsBuilder.text(host.zoneId()), false));
        List<Capacity> capacity = new ArrayList<>();
        capacity.add(new Capacity("vCPUs", new Usage(n(host.vcpuUsed()), n(host.vcpuTotal()),
                "vCPUs"), null));
        capacity.add(new Capacity("Memory", new Usage(n(host.memoryUsed()),
                n(host.memoryTotal()), "GiB"), null));
        List<Link> links = new ArrayList<>();
        for (AdapterInfo adapter : FleetIndex.list(host.adapters())) {
            capacity.add(new Capacity("VFs on " + adapter.name(), new Usage(n(adapter.usedVfs()),
                    n(adapter.totalVfs()), "VFs"), RuleId.HOST_VF));
            links.add(new Link("Adapter", adapter.name() + " " + adapter.pciAddress(),
                    new NodeRef(NodeKind.ADAPTER, adapter.adapterId())));
        }
        return new Details(ref, FleetIndex.display(host.name(), host.hostId()), "Host",
                properties, capacity, links);
    }

    static Details adapter(FleetIndex index, NodeRef ref) {
        AdapterInfo adapter = index.adapter(ref.id()).orElse(null);
        if (adapter == null) {
            return DetailsBuilder.gone(ref);
        }
        List<Property> properties = List.of(new Property("Adapter id", adapter.adapterId(), true),
                new Property("PF", adapter.name() + " (never given to a guest: PF-PRIVATE)",
                        false),
                new Property("PCI address", DetailsBuilder.text(adapter.pciAddress()), true),
                new Property("Driver", DetailsBuilder.text(adapter.driver()), false),
                new Property("Model", DetailsBuilder.text(adapter.model()), false));
        List<Capacity> capacity = List.of(
                new Capacity("VFs", new Usage(n(adapter.usedVfs()), n(adapter.totalVfs()),
                        "VFs"), RuleId.HOST_VF),
                new Capacity("Queues", new Usage(n(adapter.usedQueues()),
                        n(adapter.totalQueues()), "queues"), RuleId.HOST_VF));
        List<Link> links = new ArrayList<>();
        index.snapshot().hosts().stream()
                .filter(host -> FleetIndex.list(host.adapters()).contains(adapter)).findFirst()
                .ifPresent(host -> links.add(new Link("Host", host.name(),
                        new NodeRef(NodeKind.HOST, host.hostId()))));
        return new Details(ref, adapter.name(), "Adapter (PF)", properties, capacity, links);
    }

    static Details vf(FleetIndex index, NodeRef ref) {
        FleetIndex.VfPlace place = index.vf(ref.id()).orElse(null);
        if (place == null) {
            return DetailsBuilder.gone(ref);
        }
        VfInfo vf = place.vf();
        List<Property> properties = List.of(
                new Property("PCI address", vf.pciAddress(), true),
                new Property("Index", DetailsBuilder.text(vf.vfIndex()), false),
                new Property("State", vf.nicId() == null ? "free" : "held", false),
                new Property("MAC", DetailsBuilder.text(vf.macAddress()), vf.macAddress() != null),
                new Property("VLAN", vf.vlan() == null ? "none" : DetailsBuilder.text(vf.vlan()),
                        false),
                new Property("Rate limit", vf.rateLimitMbps() == null ? "none"
                        : vf.rateLimitMbps() + " Mbps", false),
                new Property("Spoof check", DetailsBuilder.text(vf.spoofCheck()), false),
                new Property("Trust", DetailsBuilder.text(vf.trust()), false),
                new Property("Link state", DetailsBuilder.text(vf.linkState()), false));
        List<Link> links = new ArrayList<>();
        if (vf.nicId() != null) {
            links.add(new Link("vNIC", index.nic(vf.nicId())
                    .map(nic -> FleetIndex.display(nic.name(), nic.nicId())).orElse(vf.nicId()),
                    new NodeRef(NodeKind.VNIC, vf.nicId())));
        }
        if (vf.instanceId() != null) {
            links.add(new Link("Instance", index.instance(vf.instanceId())
                    .map(instance -> FleetIndex.display(instance.instanceName(),
                            instance.instanceId())).orElse(vf.instanceId()),
                    new NodeRef(NodeKind.INSTANCE, vf.instanceId())));
        }
        links.add(new Link("Adapter", place.adapter().name(),
                new NodeRef(NodeKind.ADAPTER, place.adapter().adapterId())));
        links.add(new Link("Host", place.host().name(),
                new NodeRef(NodeKind.HOST, place.host().hostId())));
        return new Details(ref, "VF " + vf.vfIndex() + " of " + place.adapter().name(),
                "Virtual Function on " + place.host().name(), properties, List.of(), links);
    }

    private static long n(Integer value) {
        return value == null ? 0 : value;
    }
}
