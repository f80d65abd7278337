package org.vnicconsole.control.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vnicconsole.model.capacity.InstanceType;
import org.vnicconsole.model.domain.Adapter;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.InstanceStatus;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Region;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.domain.Vpc;
import org.vnicconsole.model.domain.Zone;

/** Row mappers from the schema's tables to the model's records. Stateless. */
final class Rows {

    static final RowMapper<Region> REGION = (rs, ctx) -> new Region(rs.getString("id"),
            rs.getString("name"));

    static final RowMapper<Zone> ZONE = (rs, ctx) -> new Zone(rs.getString("id"),
            rs.getString("region_id"), rs.getString("name"), rs.getString("city"));

    static final RowMapper<Vpc> VPC = (rs, ctx) -> new Vpc(rs.getString("id"),
            rs.getString("name"), rs.getString("cidr"), rs.getInt("mtu"), instant(rs, "created_at"));

    static final RowMapper<SecurityGroup> SECURITY_GROUP = (rs, ctx) -> new SecurityGroup(
            rs.getString("id"), rs.getString("name"), rs.getBoolean("is_default"),
            instant(rs, "created_at"));

    static final RowMapper<Subnet> SUBNET = (rs, ctx) -> new Subnet(rs.getString("id"),
            rs.getString("vpc_id"), rs.getString("region_id"), rs.getString("name"),
            rs.getString("cidr"), rs.getString("ipv6_prefix"), rs.getString("ipv6_type"),
            instant(rs, "created_at"));

    static final RowMapper<Host> HOST = (rs, ctx) -> new Host(rs.getString("id"),
            rs.getString("name"), rs.getString("zone_id"), rs.getInt("vcpu_total"),
            rs.getInt("memory_gib"));

    static final RowMapper<Adapter> ADAPTER = (rs, ctx) -> new Adapter(rs.getString("id"),
            rs.getString("host_id"), rs.getString("name"), rs.getString("pci_address"),
            rs.getString("driver"), rs.getString("model"), rs.getInt("total_vfs"),
            rs.getInt("total_queues"));

    static final RowMapper<VirtualFunction> VF = (rs, ctx) -> new VirtualFunction(
            rs.getString("adapter_id"), rs.getInt("vf_index"), rs.getString("pci_address"),
            rs.getString("mac_address"), integer(rs, "vlan"), integer(rs, "rate_limit_mbps"),
            rs.getBoolean("spoof_check"), rs.getBoolean("trust"), rs.getString("link_state"),
            rs.getString("vnic_id"));

    static final RowMapper<Instance> INSTANCE = (rs, ctx) -> new Instance(rs.getString("id"),
            rs.getString("name"), new InstanceType(rs.getString("family"), rs.getInt("vcpus")),
            rs.getString("zone_id"), rs.getString("host_id"), rs.getString("subnet_id"),
            rs.getString("image_id"), InstanceStatus.valueOf(rs.getString("status")),
            rs.getBoolean("ip_forward"), instant(rs, "created_at"));

    static final RowMapper<Vnic> VNIC = (rs, ctx) -> new Vnic(rs.getString("id"),
            rs.getString("name"), VnicKind.valueOf(rs.getString("kind")),
            rs.getString("subnet_id"), rs.getString("mac_address"), rs.getString("instance_id"),
            integer(rs, "device_index"), rs.getString("zone_id"),
            rs.getString("security_group_id"), rs.getBoolean("source_dest_check"),
            integer(rs, "rate_limit_mbps"), integer(rs, "queue_count"),
            rs.getString("ipv6_address"), rs.getString("ipv6_cidr"), instant(rs, "created_at"),
            instant(rs, "updated_at"));

    static final RowMapper<PrivateIp> PRIVATE_IP = (rs, ctx) -> new PrivateIp(
            rs.getString("subnet_id"), rs.getString("address"), rs.getString("vnic_id"),
            rs.getString("primary_of") != null);

    static final RowMapper<Eip> EIP = (rs, ctx) -> new Eip(rs.getString("id"),
            rs.getString("name"), rs.getString("region_id"), rs.getString("address"),
            ForwardingMode.valueOf(rs.getString("bind_type")), boundAddress(rs),
            rs.getString("bound_vnic_id"), instant(rs, "created_at"));

    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String boundAddress(ResultSet rs) throws SQLException {
        long value = rs.getLong("bound_address_num");
        return rs.wasNull() ? null : org.vnicconsole.model.net.Ipv4Block.format(value);
    }
}
