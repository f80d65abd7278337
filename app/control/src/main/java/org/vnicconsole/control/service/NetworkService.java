package org.vnicconsole.control.service;

import java.util.List;
import org.vnicconsole.model.check.Names;
import org.vnicconsole.model.domain.Region;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vpc;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.net.Ipv6Slots;

/**
 * Regions, zones, VPCs, subnets, security groups and public address pools. Each method is one
 * transaction. Thread-safe.
 */
public final class NetworkService {

    private static final List<Ipv4Block> PRIVATE_RANGES = List.of(
            Ipv4Block.parse("10.0.0.0/8"), Ipv4Block.parse("172.16.0.0/12"),
            Ipv4Block.parse("192.168.0.0/16"));

    private final ServiceContext context;

    public NetworkService(ServiceContext context) {
        this.context = context;
    }

    /** Adds a region with the public pool its EIPs come from (operator side). */
    public Region createRegion(String id, String name, String eipPoolCidr) {
        Lookups.required("regionId", id);
        Ipv4Block pool = block("eipPool", eipPoolCidr);
        return context.store().write(repos -> {
            if (repos.network().region(id).isPresent()) {
                throw Refusal.conflict("INVALID_REGION_EXISTS", "region " + id + " already exists");
            }
            Region region = new Region(id, Lookups.required("name", name));
            repos.network().insertRegion(region);
            repos.network().insertEipPool(id, pool);
            return region;
        });
    }

    /** Adds a zone to a region (operator side). */
    public Zone createZone(String id, String regionId, String name, String city) {
        Lookups.required("zoneId", id);
        return context.store().write(repos -> {
            repos.network().region(regionId).orElseThrow(() -> Refusal.notFound(
                    "INVALID_REGION_NOT_FOUND", "regionId", "region " + regionId
                            + " does not exist"));
            if (repos.network().zone(id).isPresent()) {
                throw Refusal.conflict("INVALID_ZONE_EXISTS", "zone " + id + " already exists");
            }
            Zone zone = new Zone(id, regionId, Lookups.required("name", name), city);
            repos.network().insertZone(zone);
            return zone;
        });
    }

    /** Creates a VPC inside one of the private ranges. */
    public Vpc createVpc(String name, String cidr, int mtu) {
        Names.plain("name", name);
        Ipv4Block block = block("cidrBlock", cidr);
        if (PRIVATE_RANGES.stream().noneMatch(range -> range.contains(block))) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "cidrBlock", "cidrBlock "
                    + cidr + " must lie inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16");
        }
        if (mtu != 1300 && mtu != 1500 && mtu != 9000) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "mtu",
                    "mtu must be 1300, 1500 or 9000, was " + mtu);
        }
        return context.store().write(repos -> {
            Vpc vpc = new Vpc(context.ids().next("vpc"), name, block.cidr(), mtu, context.now());
            repos.network().insertVpc(vpc);
            return vpc;
        });
    }

    public void deleteVpc(String vpcId) {
        context.store().write(repos -> {
            Vpc vpc = Lookups.vpc(repos, vpcId);
            int subnets = repos.network().subnetsOfVpc(vpc.id()).size();
            if (subnets > 0) {
                throw Refusal.conflict("INVALID_VPC_IN_USE", "VPC " + vpcId + " still has "
                        + subnets + " subnets; delete them first");
            }
            repos.network().deleteVpc(vpc.id());
            return null;
        });
    }

    /**
     * Creates a subnet in a VPC and region. Its CIDR lies inside the VPC's and overlaps no
     * sibling; an IPv6 prefix gives vNICs their /96s. With {@code ipv6Prefix} null and an
     * {@code ipv6Type}, the platform picks a /64: from fd00::/8 for Private, from the
     * documentation range 2001:db8::/32 for Public (this control plane owns no real space).
     */
    public Subnet createSubnet(String vpcId, String regionId, String name, String cidr,
            String ipv6Prefix, String ipv6Type) {
        Names.plain("name", name);
        Ipv4Block block = block("cidrBlock", cidr);
        String prefix = null;
        if (ipv6Prefix != null) {
            try {
                prefix = Ipv6Slots.parse(ipv6Prefix).cidr();
            } catch (IllegalArgumentException e) {
                throw Refusal.badParameter("INVALID_PARAMETER_PATTERN_ERROR", "ipv6CidrBlock",
                        "ipv6CidrBlock: " + e.getMessage());
            }
        }
        String type = prefix == null && ipv6Type == null ? null
                : (ipv6Type == null ? "Private" : ipv6Type);
        if (type != null && !type.equals("Private") && !type.equals("Public")) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "ipv6Type",
                    "ipv6Type must be Private or Public, was " + ipv6Type);
        }
        String givenPrefix = prefix;
        return context.store().write(repos -> {
            String v6 = givenPrefix;
            if (v6 == null && type != null) {
                v6 = platformIpv6Prefix(repos.serials().next("ipv6"), type);
            }
            Vpc vpc = Lookups.vpc(repos, vpcId);
            repos.network().region(Lookups.required("regionId", regionId)).orElseThrow(() ->
                    Refusal.notFound("INVALID_REGION_NOT_FOUND", "regionId", "region "
                            + regionId + " does not exist"));
            if (!Ipv4Block.parse(vpc.cidr()).contains(block)) {
                throw Refusal.badParameter("INVALID_SUBNET_CIDR_NOT_IN_VPC", "cidrBlock",
                        "cidrBlock " + block + " is not inside VPC " + vpcId + " ("
                                + vpc.cidr() + ")");
            }
            for (Subnet sibling : repos.network().subnetsOfVpc(vpcId)) {
                if (Ipv4Block.parse(sibling.cidr()).overlaps(block)) {
                    throw Refusal.conflict("INVALID_SUBNET_CIDR_CONFLICT", "cidrBlock " + block
                            + " overlaps subnet " + sibling.id() + " (" + sibling.cidr() + ")");
                }
            }
            if (v6 != null) {
                checkIpv6Unique(repos.network().subnets(), v6);
            }
            Subnet subnet = new Subnet(context.ids().next("subnet"), vpcId, regionId, name,
                    block.cidr(), v6, type, context.now());
            repos.network().insertSubnet(subnet);
            return subnet;
        });
    }

    public void deleteSubnet(String subnetId) {
        context.store().write(repos -> {
            Subnet subnet = Lookups.subnet(repos, subnetId);
            int users = repos.network().subnetUsers(subnet.id());
            if (users > 0) {
                throw Refusal.conflict("INVALID_SUBNET_IN_USE", "subnet " + subnetId
                        + " is used by " + users + " vNICs and instances");
            }
            repos.network().deleteSubnet(subnet.id());
            return null;
        });
    }

    /** Creates a security group; the first one created becomes the default. */
    public SecurityGroup createSecurityGroup(String name) {
        Names.securityGroup("securityGroupName", name);
        return context.store().write(repos -> {
            boolean first = repos.network().defaultSecurityGroup().isEmpty();
            SecurityGroup group = new SecurityGroup(context.ids().next("sg"), name, first,
                    context.now());
            repos.network().insertSecurityGroup(group);
            return group;
        });
    }

    public void deleteSecurityGroup(String securityGroupId) {
        context.store().write(repos -> {
            SecurityGroup group = Lookups.securityGroup(repos, securityGroupId);
            if (group.isDefault()) {
                throw Refusal.conflict("OPERATION_DENIED_DEFAULT_SECURITY_GROUP",
                        "security group " + securityGroupId + " is the default and stays");
            }
            int users = repos.network().securityGroupUsers(group.id());
            if (users > 0) {
                throw Refusal.conflict("INVALID_SECURITY_GROUP_IN_USE", "security group "
                        + securityGroupId + " is used by " + users + " vNICs");
            }
            repos.network().deleteSecurityGroup(group.id());
            return null;
        });
    }

    private static String platformIpv6Prefix(long serial, String type) {
        String head = type.equals("Public") ? "2001:db8:" : "fd00:0:";
        return Ipv6Slots.parse(head + Long.toHexString((serial >>> 16) & 0xffff) + ":"
                + Long.toHexString(serial & 0xffff) + "::/64").cidr();
    }

    /**
     * A subnet's IPv6 prefix overlaps no other subnet's, in any VPC: each vNIC's /96 is its own
     * (IPV6-DEFAULT), and public IPv6 is reached directly.
     */
    private static void checkIpv6Unique(List<Subnet> subnets, String prefix) {
        Ipv6Slots slots = Ipv6Slots.parse(prefix);
        for (Subnet other : subnets) {
            if (other.hasIpv6() && Ipv6Slots.parse(other.ipv6Prefix()).overlaps(slots)) {
                throw Refusal.conflict("INVALID_SUBNET_CIDR_CONFLICT", "ipv6CidrBlock " + prefix
                        + " overlaps subnet " + other.id() + " (" + other.ipv6Prefix() + ")");
            }
        }
    }

    private static Ipv4Block block(String field, String cidr) {
        try {
            return Ipv4Block.parse(cidr);
        } catch (IllegalArgumentException e) {
            throw Refusal.badParameter("INVALID_PARAMETER_PATTERN_ERROR", field,
                    field + ": " + e.getMessage());
        }
    }
}
