package org.vnicconsole.control.actions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.control.store.FabricRepository.HeldVf;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.SecurityGroupInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZoneInfo;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.Vpc;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.net.Ipv6Slots;

/** Turns the model's records into the zec wire shapes, reading related rows from a snapshot. */
final class WireMapper {

    private final FleetSnapshot fleet;

    WireMapper(FleetSnapshot fleet) {
        this.fleet = fleet;
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    ZoneInfo zone(Zone zone) {
        return new ZoneInfo(zone.id(), zone.regionId(), zone.name(), true, "UTC", zone.city(),
                null, null, null, false);
    }

    VpcInfo vpc(Vpc vpc) {
        int v4 = 0;
        int v6 = 0;
        for (Subnet subnet : fleet.subnets().values()) {
            if (subnet.vpcId().equals(vpc.id())) {
                v4 += ipv4Usage(subnet);
                v6 += ipv6Usage(subnet);
            }
        }
        return new VpcInfo(vpc.id(), vpc.name(), vpc.cidr(), null, vpc.mtu(), false,
                time(vpc.createdAt()), v4, v6, defaultSecurityGroup(), List.of(), null, null);
    }

    SubnetInfo subnet(Subnet subnet) {
        Ipv4Block block = Ipv4Block.parse(subnet.cidr());
        Vpc vpc = fleet.vpcs().get(subnet.vpcId());
        String v6Gateway = null;
        Integer v6Mask = null;
        if (subnet.hasIpv6()) {
            v6Gateway = Ipv6Slots.parse(subnet.ipv6Prefix()).gateway();
            v6Mask = 96;
        }
        return new SubnetInfo(subnet.id(), subnet.regionId(), subnet.name(), block.cidr(),
                Ipv4Block.format(block.gateway()), subnet.ipv6Prefix(), v6Gateway,
                subnet.stackType(), subnet.ipv6Type(), subnet.vpcId(),
                vpc == null ? null : vpc.name(), ipv4Usage(subnet), ipv6Usage(subnet),
                time(subnet.createdAt()), false, null, v6Mask);
    }

    SecurityGroupInfo securityGroup(SecurityGroup group) {
        List<String> nics = new ArrayList<>();
        List<String> vpcs = new ArrayList<>();
        for (Vnic vnic : fleet.vnics().values()) {
            if (vnic.securityGroupId().equals(group.id())) {
                nics.add(vnic.id());
                String vpcId = fleet.subnets().get(vnic.subnetId()).vpcId();
                if (!vpcs.contains(vpcId)) {
                    vpcs.add(vpcId);
                }
            }
        }
        return new SecurityGroupInfo(group.id(), group.name(), "Global", time(group.createdAt()),
                vpcs, group.isDefault(), nics, List.of(), List.of(), List.of());
    }

    NicInfo nic(Vnic vnic) {
        Subnet subnet = fleet.subnets().get(vnic.subnetId());
        List<PrivateIp> ips = fleet.addressesOf(vnic.id());
        String primary = ips.stream().filter(PrivateIp::primary).map(PrivateIp::address)
                .findFirst().orElse(null);
        List<String> secondaries = ips.stream().filter(ip -> !ip.primary())
                .map(PrivateIp::address).toList();
        List<String> privates = new ArrayList<>(ips.stream().map(PrivateIp::address).toList());
        List<String> publics = new ArrayList<>(fleet.eipsOf(vnic.id()).stream()
                .map(Eip::address).toList());
        if (vnic.ipv6Address() != null) {
            (isPublicIpv6(subnet) ? publics : privates).add(vnic.ipv6Address());
        }
        HeldVf vf = fleet.vfByVnic().get(vnic.id());
        return new NicInfo(vnic.id(), vnic.name(), vnic.isAttached() ? "USED" : "AVAILABLE",
                vnic.kind().wireName(), subnet.regionId(),
                vnic.ipv6Address() == null ? "IPv4" : "IPv4_IPv6", publics, privates, primary,
                vnic.ipv6Address(), vnic.ipv6Cidr(), secondaries, vnic.macAddress(),
                vnic.instanceId(), subnet.vpcId(), subnet.id(), time(vnic.createdAt()),
                time(vnic.updatedAt()), null, vnic.securityGroupId(), null,
                vnic.sourceDestCheck(), vnic.queueCount(), vnic.rateLimitMbps(),
                vf == null ? null : vf.vf().pciAddress(), vf == null ? null : vf.hostId(),
                dataPath(vnic, vf));
    }

    InstanceInfo instance(Instance instance) {
        List<NicInfo> nics = fleet.vnicsOf(instance.id()).stream().map(this::nic).toList();
        NicInfo primary = nics.isEmpty() ? null : nics.get(0);
        List<String> publics = new ArrayList<>();
        List<String> privates = new ArrayList<>();
        for (NicInfo nic : nics) {
            publics.addAll(nic.publicIpList());
            privates.addAll(nic.privateIpList());
        }
        return new InstanceInfo(instance.id(), instance.name(), instance.zoneId(),
                instance.type().name(), instance.type().vcpus(), instance.type().memoryGib(),
                instance.status().name(), "FailOver", publics, privates, instance.subnetId(),
                primary == null ? null : primary.securityGroupId(), instance.ipForward(), nics,
                time(instance.createdAt()), null, null, null, null, instance.imageId(),
                Images.name(instance.imageId()), "UTC", null, false, false, List.of(), null,
                instance.hostId());
    }

    EipInfo eip(Eip eip) {
        Vnic vnic = eip.vnicId() == null ? null : fleet.vnics().get(eip.vnicId());
        return new EipInfo(eip.id(), eip.name(), eip.regionId(), null, false,
                eip.isBound() ? "BINDED" : "UNBIND", List.of(eip.address()), eip.privateIp(),
                "StandardBGP", null, "ByBandwidth", null, eip.vnicId(), eip.vnicId(),
                eip.isBound() ? "NIC" : null, vnic == null ? null : vnic.instanceId(),
                eip.mode().wireName(), null, List.of(), 100, "LOOSE", time(eip.createdAt()), null,
                null, null, null, null, 32);
    }

    int ipv4Usage(Subnet subnet) {
        int count = 0;
        for (Vnic vnic : fleet.vnics().values()) {
            if (vnic.subnetId().equals(subnet.id())) {
                count += fleet.addressesOf(vnic.id()).size();
            }
        }
        return count;
    }

    private int ipv6Usage(Subnet subnet) {
        return (int) fleet.vnics().values().stream()
                .filter(v -> v.subnetId().equals(subnet.id()) && v.ipv6Address() != null)
                .count();
    }

    private String defaultSecurityGroup() {
        return fleet.securityGroups().values().stream().filter(SecurityGroup::isDefault)
                .map(SecurityGroup::id).findFirst().orElse(null);
    }

    private static boolean isPublicIpv6(Subnet subnet) {
        return "Public".equals(subnet.ipv6Type());
    }

    private static String dataPath(Vnic vnic, HeldVf vf) {
        if (!vnic.isAttached()) {
            return null;
        }
        return vf == null ? "VIRTIO" : "VF";
    }
}
