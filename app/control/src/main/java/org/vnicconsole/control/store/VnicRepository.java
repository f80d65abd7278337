package org.vnicconsole.control.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.domain.Vnic;

/** vNICs. Used inside one transaction. */
public final class VnicRepository {

    private final Handle handle;

    VnicRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Vnic vnic) {
        handle.createUpdate("INSERT INTO vnic (id, name, kind, subnet_id, mac_address, instance_id, "
                        + "device_index, zone_id, security_group_id, source_dest_check, "
                        + "rate_limit_mbps, queue_count, ipv6_address, ipv6_cidr, created_at, "
                        + "updated_at) VALUES (:id, :name, :kind, :subnetId, :macAddress, "
                        + ":instanceId, :deviceIndex, :zoneId, :securityGroupId, :sourceDestCheck, "
                        + ":rateLimitMbps, :queueCount, :ipv6Address, :ipv6Cidr, :createdAt, "
                        + ":updatedAt)")
                .bindMethods(vnic)
                .bind("kind", vnic.kind().name())
                .execute();
    }

    public Optional<Vnic> find(String id) {
        return handle.createQuery("SELECT * FROM vnic WHERE id = :id").bind("id", id)
                .map(Rows.VNIC).findOne();
    }

    public List<Vnic> all() {
        return handle.createQuery("SELECT * FROM vnic ORDER BY created_at, id").map(Rows.VNIC)
                .list();
    }

    public List<Vnic> ofInstance(String instanceId) {
        return handle.createQuery("SELECT * FROM vnic WHERE instance_id = :instanceId "
                        + "ORDER BY device_index").bind("instanceId", instanceId).map(Rows.VNIC)
                .list();
    }

    public int attachedCount(String instanceId) {
        return handle.createQuery("SELECT COUNT(*) FROM vnic WHERE instance_id = :instanceId")
                .bind("instanceId", instanceId).mapTo(Integer.class).one();
    }

    /** Marks a vNIC attached: its slot, its zone (set once) and its queue count. */
    public void attach(String id, String instanceId, int deviceIndex, String zoneId,
            int queueCount, Instant now) {
        handle.createUpdate("UPDATE vnic SET instance_id = :instanceId, device_index = :index, "
                        + "zone_id = COALESCE(zone_id, :zoneId), queue_count = :queues, "
                        + "updated_at = :now WHERE id = :id")
                .bind("instanceId", instanceId).bind("index", deviceIndex).bind("zoneId", zoneId)
                .bind("queues", queueCount).bind("now", now).bind("id", id).execute();
    }

    public void detach(String id, Instant now) {
        handle.createUpdate("UPDATE vnic SET instance_id = NULL, device_index = NULL, "
                        + "queue_count = NULL, updated_at = :now WHERE id = :id")
                .bind("now", now).bind("id", id).execute();
    }

    public void updateQueueCount(String id, int queueCount) {
        handle.createUpdate("UPDATE vnic SET queue_count = :queues WHERE id = :id")
                .bind("queues", queueCount).bind("id", id).execute();
    }

    public void updateName(String id, String name, Instant now) {
        update(id, "name = :value", name, now);
    }

    public void updateSecurityGroup(String id, String securityGroupId, Instant now) {
        update(id, "security_group_id = :value", securityGroupId, now);
    }

    public void updateRateLimit(String id, Integer rateLimitMbps, Instant now) {
        handle.createUpdate("UPDATE vnic SET rate_limit_mbps = :value, updated_at = :now "
                        + "WHERE id = :id")
                .bind("value", rateLimitMbps).bind("now", now).bind("id", id).execute();
    }

    public void updateSourceDestCheck(String id, boolean on, Instant now) {
        handle.createUpdate("UPDATE vnic SET source_dest_check = :value, updated_at = :now "
                        + "WHERE id = :id")
                .bind("value", on).bind("now", now).bind("id", id).execute();
    }

    public void updateIpv6(String id, long slot, String address, String cidr, Instant now) {
        handle.createUpdate("UPDATE vnic SET ipv6_slot = :slot, ipv6_address = :address, "
                        + "ipv6_cidr = :cidr, updated_at = :now WHERE id = :id")
                .bind("slot", slot).bind("address", address).bind("cidr", cidr)
                .bind("now", now).bind("id", id).execute();
    }

    /** The IPv6 slots taken in a subnet, ascending. */
    public List<Long> ipv6Slots(String subnetId) {
        return handle.createQuery("SELECT ipv6_slot FROM vnic WHERE subnet_id = :subnetId "
                        + "AND ipv6_slot IS NOT NULL ORDER BY ipv6_slot")
                .bind("subnetId", subnetId).mapTo(Long.class).list();
    }

    public void delete(String id) {
        handle.createUpdate("DELETE FROM vnic WHERE id = :id").bind("id", id).execute();
    }

    private void update(String id, String assignment, String value, Instant now) {
        handle.createUpdate("UPDATE vnic SET " + assignment + ", updated_at = :now WHERE id = :id")
                .bind("value", value).bind("now", now).bind("id", id).execute();
    }
}
