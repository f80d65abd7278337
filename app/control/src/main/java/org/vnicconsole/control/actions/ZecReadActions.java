package org.vnicconsole.control.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.model.api.zec.AvailableLanIpResponse;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfaceRegionsResponse;
import org.vnicconsole.model.api.zec.DescribeSecurityGroupRuleResponse;
import org.vnicconsole.model.api.zec.DescribeZonesResponse;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.ImageInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.PrivateIpInfo;
import org.vnicconsole.model.api.zec.SecurityGroupInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Region;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;

/**
 * The zec Describe actions. Each reads one snapshot of the store, filters as the public API
 * does (id lists, exact fields, fuzzy names) and returns a page. Stateless.
 */
final class ZecReadActions {

    private final ControlPlane plane;

    private ZecReadActions(ControlPlane plane) {
        this.plane = plane;
    }

    static void register(ActionRegistry registry, ControlPlane plane) {
        ZecReadActions actions = new ZecReadActions(plane);
        String zec = ZecApi.SERVICE;
        registry.register(zec, ZecApi.DESCRIBE_ZONES, actions::describeZones);
        registry.register(zec, ZecApi.DESCRIBE_IMAGES, actions::describeImages);
        registry.register(zec, ZecApi.DESCRIBE_VPCS, actions::describeVpcs);
        registry.register(zec, ZecApi.DESCRIBE_SUBNETS, actions::describeSubnets);
        registry.register(zec, ZecApi.DESCRIBE_SECURITY_GROUPS, actions::describeSecurityGroups);
        registry.register(zec, ZecApi.DESCRIBE_SECURITY_GROUP_RULE,
                actions::describeSecurityGroupRule);
        registry.register(zec, ZecApi.DESCRIBE_INSTANCES, actions::describeInstances);
        registry.register(zec, ZecApi.DESCRIBE_NETWORK_INTERFACES, actions::describeNics);
        registry.register(zec, ZecApi.DESCRIBE_NETWORK_INTERFACE_REGIONS, actions::describeRegions);
        registry.register(zec, ZecApi.DESCRIBE_EIPS, actions::describeEips);
        registry.register(zec, ZecApi.AVAILABLE_LAN_IP, actions::availableLanIp);
        registry.register(zec, ZecApi.DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS,
                new InstanceTypeActions(plane)::describe);
    }

    private FleetSnapshot snapshot() {
        return plane.store().read(FleetSnapshot::load);
    }

    private DescribeZonesResponse describeZones(ActionRequest request) {
        Predicate<org.vnicconsole.model.domain.Zone> ids =
                Filters.anyOf(request, "zoneIds", org.vnicconsole.model.domain.Zone::id);
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return new DescribeZonesResponse(fleet.zones().values().stream().filter(ids)
                .map(wire::zone).toList());
    }

    private Page<ImageInfo> describeImages(ActionRequest request) {
        Predicate<ImageInfo> filter = Filters.anyOf(request, "imageIds", ImageInfo::imageId)
                .and(Filters.fuzzy(request, "imageName", ImageInfo::imageName))
                .and(Filters.equal(request, "category", ImageInfo::category))
                .and(Filters.equal(request, "osType", ImageInfo::osType));
        return request.page().slice(Images.ALL.stream().filter(filter).toList());
    }

    private Page<VpcInfo> describeVpcs(ActionRequest request) {
        Predicate<VpcInfo> filter = Filters.anyOf(request, "vpcIds", VpcInfo::vpcId)
                .and(Filters.fuzzy(request, "name", VpcInfo::name))
                .and(Filters.fuzzy(request, "cidrBlock", VpcInfo::cidrBlock));
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return page(request, fleet.vpcs().values().stream().map(wire::vpc), filter);
    }

    private Page<SubnetInfo> describeSubnets(ActionRequest request) {
        Predicate<SubnetInfo> filter = Filters.anyOf(request, "subnetIds", SubnetInfo::subnetId)
                .and(Filters.anyOf(request, "vpcIds", SubnetInfo::vpcId))
                .and(Filters.fuzzy(request, "name", SubnetInfo::name))
                .and(Filters.fuzzy(request, "cidrBlock", SubnetInfo::cidrBlock))
                .and(Filters.equal(request, "regionId", SubnetInfo::regionId));
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return page(request, fleet.subnets().values().stream().map(wire::subnet), filter);
    }

    private Page<SecurityGroupInfo> describeSecurityGroups(ActionRequest request) {
        Predicate<SecurityGroupInfo> filter = Filters.anyOf(request, "securityGroupIds",
                        SecurityGroupInfo::securityGroupId)
                .and(Filters.fuzzy(request, "securityGroupName",
                        SecurityGroupInfo::securityGroupName));
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return page(request, fleet.securityGroups().values().stream().map(wire::securityGroup),
                filter);
    }

    private DescribeSecurityGroupRuleResponse describeSecurityGroupRule(ActionRequest request) {
        String id = request.requiredString("securityGroupId");
        if (!snapshot().securityGroups().containsKey(id)) {
            throw Refusal.notFound("INVALID_SECURITY_GROUP_NOT_FOUND", "securityGroupId",
                    "security group " + id + " does not exist");
        }
        return new DescribeSecurityGroupRuleResponse(List.of(), List.of());
    }

    private Page<InstanceInfo> describeInstances(ActionRequest request) {
        Predicate<InstanceInfo> filter = Filters.anyOf(request, "instanceIds",
                        InstanceInfo::instanceId)
                .and(Filters.equal(request, "zoneId", InstanceInfo::zoneId))
                .and(Filters.equal(request, "imageId", InstanceInfo::imageId))
                .and(Filters.equal(request, "status", InstanceInfo::status))
                .and(Filters.fuzzy(request, "name", InstanceInfo::instanceName))
                .and(holds(request, "ipv4Address"))
                .and(holds(request, "ipv6Address"));
        request.optionalEnum("status", ZecValues.INSTANCE_STATUS);
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return page(request, fleet.instances().values().stream().map(wire::instance), filter);
    }

    private static Predicate<InstanceInfo> holds(ActionRequest request, String field) {
        return request.optionalString(field)
                .<Predicate<InstanceInfo>>map(address -> instance ->
                        instance.privateIpAddresses().contains(address)
                                || instance.publicIpAddresses().contains(address))
                .orElse(instance -> true);
    }

    private Page<NicInfo> describeNics(ActionRequest request) {
        request.optionalEnum("status", ZecValues.NIC_STATUS);
        request.optionalEnum("nicType", ZecValues.NIC_TYPE);
        request.optionalEnum("nicSubnetType", ZecValues.STACK_TYPE);
        Predicate<NicInfo> filter = Filters.anyOf(request, "nicIds", NicInfo::nicId)
                .and(Filters.fuzzy(request, "name", NicInfo::name))
                .and(Filters.equal(request, "regionId", NicInfo::regionId))
                .and(Filters.equal(request, "vpcId", NicInfo::vpcId))
                .and(Filters.equal(request, "subnetId", NicInfo::subnetId))
                .and(Filters.equal(request, "instanceId", NicInfo::instanceId))
                .and(Filters.equal(request, "status", NicInfo::status))
                .and(Filters.equal(request, "nicType", NicInfo::nicType))
                .and(Filters.equal(request, "nicSubnetType", NicInfo::nicSubnetType))
                .and(Filters.equal(request, "securityGroupId", NicInfo::securityGroupId));
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return page(request, fleet.vnics().values().stream().map(wire::nic), filter);
    }

    private DescribeNetworkInterfaceRegionsResponse describeRegions(ActionRequest request) {
        return new DescribeNetworkInterfaceRegionsResponse(snapshot().regions().stream()
                .map(Region::id).toList());
    }

    private Page<EipInfo> describeEips(ActionRequest request) {
        request.optionalEnum("status", ZecValues.EIP_STATUS);
        List<String> addresses = request.optionalStringList("ipAddresses", 100);
        Predicate<EipInfo> filter = Filters.anyOf(request, "eipIds", EipInfo::eipId)
                .and(Filters.equal(request, "regionId", EipInfo::regionId))
                .and(Filters.fuzzy(request, "name", EipInfo::name))
                .and(Filters.equal(request, "status", EipInfo::status))
                .and(Filters.equal(request, "privateIpAddress", EipInfo::privateIpAddress))
                .and(Filters.equal(request, "instanceId", EipInfo::instanceId))
                .and(Filters.equal(request, "associatedId", EipInfo::associatedId))
                .and(Filters.equal(request, "ipAddress", eip -> eip.publicIpAddresses().get(0)))
                .and(eip -> addresses.isEmpty()
                        || addresses.contains(eip.publicIpAddresses().get(0)));
        FleetSnapshot fleet = snapshot();
        WireMapper wire = new WireMapper(fleet);
        return page(request, fleet.eips().stream().map(wire::eip), filter);
    }

    private AvailableLanIpResponse availableLanIp(ActionRequest request) {
        String eipId = request.requiredString("eipId");
        FleetSnapshot fleet = snapshot();
        Eip eip = fleet.eips().stream().filter(e -> e.id().equals(eipId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("INVALID_EIP_NOT_FOUND", "eipId",
                        "EIP " + eipId + " does not exist"));
        Set<String> taken = fleet.eips().stream().filter(Eip::isBound)
                .map(e -> e.vnicId() + "/" + e.privateIp()).collect(Collectors.toSet());
        List<PrivateIpInfo> free = new ArrayList<>();
        for (Vnic vnic : fleet.vnics().values()) {
            if (!fleet.subnets().get(vnic.subnetId()).regionId().equals(eip.regionId())) {
                continue;
            }
            Instance instance = vnic.instanceId() == null ? null
                    : fleet.instances().get(vnic.instanceId());
            for (PrivateIp ip : fleet.addressesOf(vnic.id())) {
                if (!taken.contains(vnic.id() + "/" + ip.address())) {
                    free.add(new PrivateIpInfo(ip.address(), vnic.id(), vnic.name(),
                            instance == null ? null : instance.id(),
                            instance == null ? null : instance.name()));
                }
            }
        }
        return new AvailableLanIpResponse(free);
    }

    private static <T> Page<T> page(ActionRequest request, Stream<T> items, Predicate<T> filter) {
        Collection<T> matching = items.filter(filter).toList();
        return request.page().slice(List.copyOf(matching));
    }
}
