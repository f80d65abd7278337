package org.vnicconsole.control.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.domain.Region;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vpc;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.net.Ipv4Block;

/** Regions, zones, VPCs, subnets, security groups and EIP pools. Used inside one transaction. */
public final class NetworkRepository {

    private final Handle handle;

    NetworkRepository(Handle handle) {
        this.handle = handle;
    }

    public void insertRegion(Region region) {
        handle.createUpdate("INSERT INTO region (id, name) VALUES (:id, :name)")
                .bind("id", region.id()).bind("name", region.name()).execute();
    }

    public List<Region> regions() {
        return handle.createQuery("SELECT * FROM region ORDER BY id").map(Rows.REGION).list();
    }

    public Optional<Region> region(String id) {
        return handle.createQuery("SELECT * FROM region WHERE id = :id").bind("id", id)
                .map(Rows.REGION).findOne();
    }

    public void insertZone(Zone zone) {
        handle.createUpdate("INSERT INTO zone (id, region_id, name, city) "
                        + "VALUES (:id, :regionId, :name, :city)")
                .bindMethods(zone).execute();
    }

    public List<Zone> zones() {
        return handle.createQuery("SELECT * FROM zone ORDER BY id").map(Rows.ZONE).list();
    }

    public Optional<Zone> zone(String id) {
        return handle.createQuery("SELECT * FROM zone WHERE id = :id").bind("id", id)
                .map(Rows.ZONE).findOne();
    }

    public void insertVpc(Vpc vpc) {
        handle.createUpdate("INSERT INTO vpc (id, name, cidr, mtu, created_at) "
                        + "VALUES (:id, :name, :cidr, :mtu, :createdAt)")
                .bindMethods(vpc).execute();
    }

    public List<Vpc> vpcs() {
        return handle.createQuery("SELECT * FROM vpc ORDER BY created_at, id").map(Rows.VPC)
                .list();
    }

    public Optional<Vpc> vpc(String id) {
        return handle.createQuery("SELECT * FROM vpc WHERE id = :id").bind("id", id)
                .map(Rows.VPC).findOne();
    }

    public void deleteVpc(String id) {
        handle.createUpdate("DELETE FROM vpc WHERE id = :id").bind("id", id).execute();
    }

    public void insertSubnet(Subnet subnet) {
        Ipv4Block block = Ipv4Block.parse(subnet.cidr());
        handle.createUpdate("INSERT INTO subnet (id, vpc_id, region_id, name, cidr, network_num, "
                        + "broadcast_num, ipv6_prefix, ipv6_type, created_at) VALUES (:id, :vpcId, "
                        + ":regionId, :name, :cidr, :network, :broadcast, :ipv6Prefix, :ipv6Type, "
                        + ":createdAt)")
                .bindMethods(subnet)
                .bind("network", block.network())
                .bind("broadcast", block.broadcast())
                .execute();
    }

    public List<Subnet> subnets() {
        return handle.createQuery("SELECT * FROM subnet ORDER BY created_at, id").map(Rows.SUBNET)
                .list();
    }

    public List<Subnet> subnetsOfVpc(String vpcId) {
        return handle.createQuery("SELECT * FROM subnet WHERE vpc_id = :vpcId ORDER BY id")
                .bind("vpcId", vpcId).map(Rows.SUBNET).list();
    }

    public Optional<Subnet> subnet(String id) {
        return handle.createQuery("SELECT * FROM subnet WHERE id = :id").bind("id", id)
                .map(Rows.SUBNET).findOne();
    }

    public void deleteSubnet(String id) {
        handle.createUpdate("DELETE FROM subnet WHERE id = :id").bind("id", id).execute();
    }

    /** How many vNICs and instances use a subnet. */
    public int subnetUsers(String id) {
        return handle.createQuery("SELECT (SELECT COUNT(*) FROM vnic WHERE subnet_id = :id) "
                        + "+ (SELECT COUNT(*) FROM instance WHERE subnet_id = :id)")
                .bind("id", id).mapTo(Integer.class).one();
    }

    public void insertSecurityGroup(SecurityGroup group) {
        handle.createUpdate("INSERT INTO security_group (id, name, is_default, created_at) "
                        + "VALUES (:id, :name, :isDefault, :createdAt)")
                .bindMethods(group).execute();
    }

    public List<SecurityGroup> securityGroups() {
        return handle.createQuery("SELECT * FROM security_group ORDER BY created_at, id")
                .map(Rows.SECURITY_GROUP).list();
    }

    public Optional<SecurityGroup> securityGroup(String id) {
        return handle.createQuery("SELECT * FROM security_group WHERE id = :id").bind("id", id)
                .map(Rows.SECURITY_GROUP).findOne();
    }

    public Optional<SecurityGroup> defaultSecurityGroup() {
        return handle.createQuery("SELECT * FROM security_group WHERE is_default ORDER BY id")
                .map(Rows.SECURITY_GROUP).findFirst();
    }

    public void deleteSecurityGroup(String id) {
        handle.createUpdate("DELETE FROM security_group WHERE id = :id").bind("id", id).execute();
    }

    public int securityGroupUsers(String id) {
        return handle.createQuery("SELECT COUNT(*) FROM vnic WHERE security_group_id = :id")
                .bind("id", id).mapTo(Integer.class).one();
    }

    public void insertEipPool(String regionId, Ipv4Block block) {
        handle.createUpdate("INSERT INTO eip_pool (region_id, cidr, first_num, last_num) "
                        + "VALUES (:regionId, :cidr, :first, :last)")
                .bind("regionId", regionId).bind("cidr", block.cidr())
                .bind("first", block.firstAssignable()).bind("last", block.lastAssignable())
                .execute();
    }

    public Optional<Ipv4Block> eipPool(String regionId) {
        return handle.createQuery("SELECT cidr FROM eip_pool WHERE region_id = :regionId")
                .bind("regionId", regionId).mapTo(String.class).findOne().map(Ipv4Block::parse);
    }
}
