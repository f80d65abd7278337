package org.vnicconsole.console.details;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.console.details.Details.Capacity;
import org.vnicconsole.console.details.Details.Link;
import org.vnicconsole.console.details.Details.Property;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.EipModes;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.navigator.Usage;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.capacity.InstanceCaps;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.rules.RuleId;

/** Details of tenancy objects: vNICs, addresses, instances, subnets, VPCs and EIPs. Pure. */
final class TenancyDetails {

    private TenancyDetails() {
    }

    static Details nic(FleetIndex index, NodeRef ref) {
        NicInfo nic = index.nic(ref.id()).orElse(null);
        if (nic == null) {
            return DetailsBuilder.gone(ref);
        }
        List<String> ipv4s = FleetIndex.ipv4sOf(nic);
        List<Property> properties = new ArrayList<>(List.of(
                new Property("vNIC id", nic.nicId(), true),
                new Property("Name", DetailsBuilder.text(nic.name()), false),
                new Property("Role", FleetIndex.isPrimary(nic) ? "primary" : "elastic", false),
                new Property("Status", DetailsBuilder.text(nic.status()), false),
                new Property("MAC", DetailsBuilder.text(nic.macAddress()), true),
                new Property("Primary IPv4", DetailsBuilder.text(nic.primaryIpv4()), true),
                new Property("Secondary IPv4", String.join(", ",
                        ipv4s.subList(Math.min(1, ipv4s.size()), ipv4s.size())), true),
                new Property("IPv6", nic.primaryIpv6() == null ? "not enabled"
                        : nic.primaryIpv6() + " (cannot be turned off)", nic.primaryIpv6() != null),
                new Property("Security group", DetailsBuilder.text(nic.securityGroupId()), true),
                new Property("Source/destination check", onOff(nic.sourceDestCheck()), false),
                new Property("Rate limit", nic.rateLimitMbps() == null ? "none"
                        : nic.rateLimitMbps() + " Mbps", false),
                new Property("Queues", DetailsBuilder.text(nic.queueCount()), false),
                new Property("VF", DetailsBuilder.text(nic.vfPciAddress()),
                        nic.vfPciAddress() != null),
                new Property("Data path", DetailsBuilder.text(nic.dataPathState()), false)));
        List<Capacity> capacity = List.of(new Capacity("Private IPv4",
                new Usage(ipv4s.size(), index.ipv4CapOf(nic), "IPs"),
                nic.instanceId() == null ? RuleId.CAP_ATTACH_FIT : RuleId.CAP_IPV4));
        List<Link> links = new ArrayList<>();
        index.instance(nic.instanceId()).ifPresent(instance -> links.add(new Link("Instance",
                FleetIndex.display(instance.instanceName(), instance.instanceId()),
                new NodeRef(NodeKind.INSTANCE, instance.instanceId()))));
        index.subnet(nic.subnetId()).ifPresent(subnet -> links.add(new Link("Subnet",
                FleetIndex.display(subnet.name(), subnet.subnetId()) + " " + subnet.cidrBlock(),
                new NodeRef(NodeKind.SUBNET, subnet.subnetId()))));
        index.vfOfNic(nic.nicId()).ifPresent(place -> links.add(new Link("VF",
                place.host().name() + " " + place.adapter().name() + " VF "
                        + place.vf().vfIndex(), new NodeRef(NodeKind.VF, place.key()))));
        for (EipInfo eip : index.eipsOfNic(nic.nicId())) {
            links.add(eipLink(eip));
        }
        return new Details(ref, FleetIndex.display(nic.name(), nic.nicId()), "vNIC",
                properties, capacity, links);
    }

    static Details address(FleetIndex index, NodeRef ref) {
        String nicId = ref.owner();
        String address = ref.leaf();
        List<Property> properties = new ArrayList<>(List.of(
                new Property("Address", address, true), new Property("vNIC id", nicId, true)));
        List<Link> links = new ArrayList<>();
        index.nic(nicId).ifPresent(nic -> links.add(new Link("vNIC",
                FleetIndex.display(nic.name(), nic.nicId()), new NodeRef(NodeKind.VNIC, nicId))));
        index.eipOf(nicId, address).ifPresent(eip -> {
            properties.add(new Property("EIP", String.join(", ",
                    FleetIndex.list(eip.publicIpAddresses())), true));
            properties.add(new Property("EIP mode", EipModes.words(eip.bindType()), false));
            links.add(eipLink(eip));
        });
        String kind = ref.kind() == NodeKind.IPV6 ? "IPv6 address (one-way: IPV6-ONE-WAY)"
                : "Private IPv4 address";
        return new Details(ref, address, kind, properties, List.of(), links);
    }

    static Details instance(FleetIndex index, NodeRef ref) {
        InstanceInfo instance = index.instance(ref.id()).orElse(null);
        if (instance == null) {
            return DetailsBuilder.gone(ref);
        }
        InstanceCaps caps = FleetIndex.capsOf(instance);
        List<NicInfo> nics = index.nicsOf(instance.instanceId());
        List<Property> properties = List.of(
                new Property("Instance id", instance.instanceId(), true),
                new Property("Name", DetailsBuilder.text(instance.instanceName()), false),
                new Property("Type", instance.instanceType() + " (" + instance.cpu() + " vCPUs, "
                        + instance.memory() + " GiB)", false),
                new Property("Status", DetailsBuilder.text(instance.status()), false),
                new Property("Zone", DetailsBuilder.text(instance.zoneId()), false),
                new Property("Host", DetailsBuilder.text(instance.hostId()), true),
                new Property("Private IPs", String.join(", ",
                        FleetIndex.list(instance.privateIpAddresses())), true),
                new Property("Public IPs", String.join(", ",
                        FleetIndex.list(instance.publicIpAddresses())), true),
                new Property("IP forwarding", onOff(instance.enableIpForward()), false));
        List<Capacity> capacity = new ArrayList<>();
        capacity.add(new Capacity("vNICs", new Usage(nics.size(), caps.maxVnics(), "vNICs"),
                RuleId.CAP_VNICS));
        List<Link> links = new ArrayList<>();
        for (NicInfo nic : nics) {
            capacity.add(new Capacity("IPv4 on " + FleetIndex.display(nic.name(), nic.nicId()),
                    new Usage(FleetIndex.ipv4sOf(nic).size(), caps.ipv4PerVnic(), "IPs"),
                    RuleId.CAP_IPV4));
            links.add(new Link(FleetIndex.isPrimary(nic) ? "Primary vNIC" : "Elastic vNIC",
                    FleetIndex.display(nic.name(), nic.nicId()),
                    new NodeRef(NodeKind.VNIC, nic.nicId())));
        }
        index.host(instance.hostId()).ifPresent(host -> links.add(new Link("Host",
                host.name(), new NodeRef(NodeKind.HOST, host.hostId()))));
        return new Details(ref, FleetIndex.display(instance.instanceName(),
                instance.instanceId()), "Instance · " + caps.queuesPerVnic()
                + " queues per vNIC", properties, capacity, links);
    }

    static Details subnet(FleetIndex index, NodeRef ref) {
        SubnetInfo subnet = index.subnet(ref.id()).orElse(null);
        if (subnet == null) {
            return DetailsBuilder.gone(ref);
        }
        Ipv4Block block = Ipv4Block.parse(subnet.cidrBlock());
        List<Property> properties = List.of(
                new Property("Subnet id", subnet.subnetId(), true),
                new Property("Name", DetailsBuilder.text(subnet.name()), false),
                new Property("Region", DetailsBuilder.text(subnet.regionId()), false),
                new Property("IPv4 CIDR", subnet.cidrBlock(), true),
                new Property("Gateway", Ipv4Block.format(block.gateway()), true),
                new Property("IPv6 CIDR", subnet.ipv6CidrBlock() == null ? "none"
                        : subnet.ipv6CidrBlock() + " (" + subnet.ipv6Type() + ")",
                        subnet.ipv6CidrBlock() != null));
        int used = subnet.usageIpv4Count() == null ? 0 : subnet.usageIpv4Count();
        List<Capacity> capacity = List.of(new Capacity("Addresses held",
                new Usage(used, block.assignableCount(), "addresses"), RuleId.IPV4_RESERVED));
        List<Link> links = new ArrayList<>();
        index.vpc(subnet.vpcId()).ifPresent(vpc -> links.add(new Link("VPC",
                FleetIndex.display(vpc.name(), vpc.vpcId()), new NodeRef(NodeKind.VPC,
                        vpc.vpcId()))));
        return new Details(ref, FleetIndex.display(subnet.name(), subnet.subnetId()),
                "Subnet · " + index.nicsIn(subnet.subnetId()).size() + " vNICs", properties,
                capacity, links);
    }

    static Details vpc(FleetIndex index, NodeRef ref) {
        VpcInfo vpc = index.vpc(ref.id()).orElse(null);
        if (vpc == null) {
            return DetailsBuilder.gone(ref);
        }
        List<Property> properties = List.of(new Property("VPC id", vpc.vpcId(), true),
                new Property("Name", DetailsBuilder.text(vpc.name()), false),
                new Property("CIDR", DetailsBuilder.text(vpc.cidrBlock()), true),
                new Property("MTU", DetailsBuilder.text(vpc.mtu()), false));
        List<Link> links = index.snapshot().subnets().stream()
                .filter(subnet -> vpc.vpcId().equals(subnet.vpcId()))
                .map(subnet -> new Link("Subnet", FleetIndex.display(subnet.name(),
                        subnet.subnetId()), new NodeRef(NodeKind.SUBNET, subnet.subnetId())))
                .toList();
        return new Details(ref, FleetIndex.display(vpc.name(), vpc.vpcId()), "VPC (global)",
                properties, List.of(), links);
    }

    static Details eip(FleetIndex index, NodeRef ref) {
        EipInfo eip = index.eip(ref.id()).orElse(null);
        if (eip == null) {
            return DetailsBuilder.gone(ref);
        }
        List<Property> properties = List.of(new Property("EIP id", eip.eipId(), true),
                new Property("Address", String.join(", ",
                        FleetIndex.list(eip.publicIpAddresses())), true),
                new Property("Mode", EipModes.words(eip.bindType()), false),
                new Property("Status", DetailsBuilder.text(eip.status()), false),
                new Property("Private IP", DetailsBuilder.text(eip.privateIpAddress()), true));
        List<Link> links = new ArrayList<>();
        if (eip.nicId() != null && eip.privateIpAddress() != null) {
            links.add(new Link("Private IP", eip.privateIpAddress(), NodeRef.address(
                    NodeKind.PRIVATE_IP, eip.nicId(), eip.privateIpAddress())));
            links.add(new Link("vNIC", eip.nicId(), new NodeRef(NodeKind.VNIC, eip.nicId())));
        }
        return new Details(ref, FleetIndex.display(eip.name(), eip.eipId()), "Elastic IP",
                properties, List.of(), links);
    }

    private static Link eipLink(EipInfo eip) {
        return new Link("EIP", String.join(", ", FleetIndex.list(eip.publicIpAddresses()))
                + " (" + EipModes.words(eip.bindType()) + ")",
                new NodeRef(NodeKind.EIP, eip.eipId()));
    }

    private static String onOff(Boolean value) {
        return value == null ? "unknown" : value ? "on" : "off";
    }
}
