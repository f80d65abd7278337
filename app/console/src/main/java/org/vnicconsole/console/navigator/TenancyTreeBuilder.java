package org.vnicconsole.console.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZoneInfo;
import org.vnicconsole.model.net.Ipv4Block;

/**
 * The tenancy navigator: region > VPC > subnet > vNIC > private IPs (with their EIPs). A VPC is
 * global, so it shows under every region where it has subnets. Usage: addresses held of the
 * assignable ones for regions, VPCs and subnets; IPs of the per-vNIC cap for vNICs. Pure.
 */
public final class TenancyTreeBuilder {

    private TenancyTreeBuilder() {
    }

    /** The root nodes, one per region, sorted by region id. */
    public static List<NavNode> build(FleetIndex index) {
        NicNodes nicNodes = new NicNodes(index);
        Map<String, Map<String, List<SubnetInfo>>> byRegion = new TreeMap<>();
        for (ZoneInfo zone : index.snapshot().zones()) {
            byRegion.computeIfAbsent(zone.regionId(), id -> new TreeMap<>());
        }
        for (SubnetInfo subnet : index.snapshot().subnets()) {
            byRegion.computeIfAbsent(subnet.regionId(), id -> new TreeMap<>())
                    .computeIfAbsent(subnet.vpcId(), id -> new ArrayList<>()).add(subnet);
        }
        List<NavNode> regions = new ArrayList<>();
        byRegion.forEach((regionId, vpcs) -> {
            List<NavNode> vpcNodes = new ArrayList<>();
            vpcs.forEach((vpcId, subnets) -> vpcNodes.add(vpc(index, nicNodes, vpcId, subnets)));
            regions.add(new NavNode(new NodeRef(NodeKind.REGION, regionId), regionId,
                    vpcNodes.size() + " VPCs", sum(vpcNodes), false, regionId, vpcNodes));
        });
        return regions;
    }

    private static NavNode vpc(FleetIndex index, NicNodes nicNodes, String vpcId,
            List<SubnetInfo> subnets) {
        List<NavNode> subnetNodes = subnets.stream()
                .sorted((left, right) -> FleetIndex.display(left.name(), left.subnetId())
                        .compareTo(FleetIndex.display(right.name(), right.subnetId())))
                .map(subnet -> subnet(index, nicNodes, subnet)).toList();
        VpcInfo vpc = index.vpc(vpcId).orElse(null);
        String name = vpc == null ? vpcId : FleetIndex.display(vpc.name(), vpcId);
        String cidr = vpc == null ? "" : vpc.cidrBlock();
        return new NavNode(new NodeRef(NodeKind.VPC, vpcId), name, cidr, sum(subnetNodes), false,
                SearchText.of(vpcId, name, cidr), subnetNodes);
    }

    private static NavNode subnet(FleetIndex index, NicNodes nicNodes, SubnetInfo subnet) {
        List<NavNode> nics = index.nicsIn(subnet.subnetId()).stream().map(nicNodes::nic).toList();
        long assignable = subnet.cidrBlock() == null ? 0
                : Ipv4Block.parse(subnet.cidrBlock()).assignableCount();
        int used = subnet.usageIpv4Count() == null ? 0 : subnet.usageIpv4Count();
        String note = subnet.cidrBlock()
                + (subnet.ipv6CidrBlock() == null ? "" : " · " + subnet.ipv6CidrBlock());
        return new NavNode(new NodeRef(NodeKind.SUBNET, subnet.subnetId()),
                FleetIndex.display(subnet.name(), subnet.subnetId()), note,
                new Usage(used, assignable, "addresses"), false,
                SearchText.of(subnet.subnetId(), subnet.name(), subnet.cidrBlock(),
                        subnet.ipv6CidrBlock()), nics);
    }

    private static Usage sum(List<NavNode> children) {
        long used = 0;
        long total = 0;
        for (NavNode child : children) {
            if (child.usage() != null) {
                used += child.usage().used();
                total += child.usage().total();
            }
        }
        return new Usage(used, total, "addresses");
    }
}
