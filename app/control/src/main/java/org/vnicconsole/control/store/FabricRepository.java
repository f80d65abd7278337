package org.vnicconsole.control.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.domain.Adapter;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.VirtualFunction;

/** Hosts, their adapters (PFs) and the adapters' VF pools. Used inside one transaction. */
public final class FabricRepository {

    /** A host with what its instances use of it. */
    public record HostUsage(Host host, int vcpuUsed, int memoryUsed) {
    }

    /** An adapter with what its VFs in use take of it. */
    public record AdapterUsage(Adapter adapter, int vfsUsed, int queuesUsed) {

        public int vfsFree() {
            return adapter.totalVfs() - vfsUsed;
        }

        public int queuesFree() {
            return adapter.totalQueues() - queuesUsed;
        }
    }

    private static final String ADAPTER_USAGE = "SELECT a.*, "
            + "(SELECT COUNT(*) FROM vf WHERE vf.adapter_id = a.id AND vf.vnic_id IS NOT NULL) "
            + "AS vfs_used, "
            + "(SELECT COALESCE(SUM(n.queue_count), 0) FROM vf JOIN vnic n ON n.id = vf.vnic_id "
            + "WHERE vf.adapter_id = a.id) AS queues_used FROM adapter a ";

    private final Handle handle;

    FabricRepository(Handle handle) {
        this.handle = handle;
    }

    /** A VF that backs a vNIC, with the host of its adapter. */
    public record HeldVf(VirtualFunction vf, String hostId) {
    }

    public void insertHost(Host host) {
        handle.createUpdate("INSERT INTO host (id, name, zone_id, vcpu_total, memory_gib) "
                        + "VALUES (:id, :name, :zoneId, :vcpuTotal, :memoryGib)")
                .bindMethods(host).execute();
    }

    public Optional<Host> host(String id) {
        return handle.createQuery("SELECT * FROM host WHERE id = :id").bind("id", id)
                .map(Rows.HOST).findOne();
    }

    public Optional<Host> hostByName(String name) {
        return handle.createQuery("SELECT * FROM host WHERE name = :name").bind("name", name)
                .map(Rows.HOST).findOne();
    }

    public List<Host> hosts() {
        return handle.createQuery("SELECT * FROM host ORDER BY zone_id, name").map(Rows.HOST)
                .list();
    }

    /** Every host with its vCPU and memory use, in name order. */
    public List<HostUsage> hostUsage() {
        return handle.createQuery("SELECT h.*, "
                        + "(SELECT COALESCE(SUM(i.vcpus), 0) FROM instance i WHERE i.host_id = h.id) "
                        + "AS vcpu_used, "
                        + "(SELECT COALESCE(SUM(i.memory_gib), 0) FROM instance i "
                        + "WHERE i.host_id = h.id) AS memory_used FROM host h ORDER BY h.name")
                .map((rs, ctx) -> new HostUsage(Rows.HOST.map(rs, ctx), rs.getInt("vcpu_used"),
                        rs.getInt("memory_used")))
                .list();
    }

    public void insertAdapter(Adapter adapter) {
        handle.createUpdate("INSERT INTO adapter (id, host_id, name, pci_address, driver, model, "
                        + "total_vfs, total_queues) VALUES (:id, :hostId, :name, :pciAddress, "
                        + ":driver, :model, :totalVfs, :totalQueues)")
                .bindMethods(adapter).execute();
    }

    public void updateAdapter(Adapter adapter) {
        handle.createUpdate("UPDATE adapter SET name = :name, driver = :driver, model = :model, "
                        + "total_vfs = :totalVfs, total_queues = :totalQueues WHERE id = :id")
                .bindMethods(adapter).execute();
    }

    public List<Adapter> adapters(String hostId) {
        return handle.createQuery("SELECT * FROM adapter WHERE host_id = :hostId ORDER BY "
                        + "pci_address").bind("hostId", hostId).map(Rows.ADAPTER).list();
    }

    public Optional<Adapter> adapter(String id) {
        return handle.createQuery("SELECT * FROM adapter WHERE id = :id").bind("id", id)
                .map(Rows.ADAPTER).findOne();
    }

    /** Adapters of a host (or of every host when null) with their use. */
    public List<AdapterUsage> adapterUsage(String hostId) {
        String where = hostId == null ? "" : "WHERE a.host_id = :hostId ";
        var query = handle.createQuery(ADAPTER_USAGE + where + "ORDER BY a.host_id, a.pci_address");
        if (hostId != null) {
            query.bind("hostId", hostId);
        }
        return query.map((rs, ctx) -> new AdapterUsage(Rows.ADAPTER.map(rs, ctx), rs.getInt("vfs_used"),
                        rs.getInt("queues_used")))
                .list();
    }

    public void insertVf(VirtualFunction vf) {
        handle.createUpdate("INSERT INTO vf (adapter_id, vf_index, pci_address, mac_address, vlan, "
                        + "rate_limit_mbps, spoof_check, trust, link_state, vnic_id) VALUES "
                        + "(:adapterId, :index, :pciAddress, :macAddress, :vlan, :rateLimitMbps, "
                        + ":spoofCheck, :trust, :linkState, :vnicId)")
                .bindMethods(vf).execute();
    }

    public void deleteFreeVfsFrom(String adapterId, int fromIndex) {
        handle.createUpdate("DELETE FROM vf WHERE adapter_id = :adapterId AND vf_index >= :from "
                        + "AND vnic_id IS NULL")
                .bind("adapterId", adapterId).bind("from", fromIndex).execute();
    }

    public List<VirtualFunction> vfs(String adapterId) {
        return handle.createQuery("SELECT * FROM vf WHERE adapter_id = :adapterId "
                        + "ORDER BY vf_index").bind("adapterId", adapterId).map(Rows.VF).list();
    }

    public Optional<VirtualFunction> vfOfVnic(String vnicId) {
        return handle.createQuery("SELECT * FROM vf WHERE vnic_id = :vnicId")
                .bind("vnicId", vnicId).map(Rows.VF).findOne();
    }

    /** Every VF that backs a vNIC, with its host. */
    public List<HeldVf> heldVfs() {
        return handle.createQuery("SELECT vf.*, a.host_id FROM vf JOIN adapter a "
                        + "ON a.id = vf.adapter_id WHERE vf.vnic_id IS NOT NULL")
                .map((rs, ctx) -> new HeldVf(Rows.VF.map(rs, ctx), rs.getString("host_id")))
                .list();
    }

    /** The lowest-numbered free VF of an adapter. */
    public Optional<VirtualFunction> firstFreeVf(String adapterId) {
        return handle.createQuery("SELECT * FROM vf WHERE adapter_id = :adapterId "
                        + "AND vnic_id IS NULL ORDER BY vf_index LIMIT 1")
                .bind("adapterId", adapterId).map(Rows.VF).findOne();
    }

    /** Gives a VF to a vNIC with the policy the PF applies to it (PF-PRIVATE). */
    public void holdVf(VirtualFunction vf, String vnicId, String mac, Integer rateLimitMbps) {
        int changed = handle.createUpdate("UPDATE vf SET vnic_id = :vnicId, mac_address = :mac, "
                        + "rate_limit_mbps = :rate WHERE adapter_id = :adapterId "
                        + "AND vf_index = :index AND vnic_id IS NULL")
                .bind("vnicId", vnicId).bind("mac", mac).bind("rate", rateLimitMbps)
                .bind("adapterId", vf.adapterId()).bind("index", vf.index())
                .execute();
        if (changed != 1) {
            throw new StoreException("VF " + vf.index() + " of " + vf.adapterId()
                    + " was taken concurrently", null);
        }
    }

    /** Returns a vNIC's VF to the pool, clearing the policy it carried. */
    public void releaseVfOf(String vnicId) {
        handle.createUpdate("UPDATE vf SET vnic_id = NULL, mac_address = NULL, "
                        + "rate_limit_mbps = NULL WHERE vnic_id = :vnicId")
                .bind("vnicId", vnicId).execute();
    }

    public void setVfRateLimit(String vnicId, Integer rateLimitMbps) {
        handle.createUpdate("UPDATE vf SET rate_limit_mbps = :rate WHERE vnic_id = :vnicId")
                .bind("rate", rateLimitMbps).bind("vnicId", vnicId).execute();
    }
}
