package org.vnicconsole.control.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.capacity.InstanceCaps;

/**
 * Checks the store's whole state against the invariants of RULES.md that span rows: nothing held
 * twice, caps never exceeded, VFs and queues within their pools. Returns what is broken, in
 * words; an empty list means the state is sound. Read-only; used by tests after races, crashes
 * and fuzzing, and by operators.
 */
public final class InvariantChecker {

    private final Handle handle;

    public InvariantChecker(Handle handle) {
        this.handle = handle;
    }

    /** Every broken invariant, one sentence each. */
    public List<String> violations() {
        List<String> broken = new ArrayList<>();
        rows(broken, "address held twice", "SELECT subnet_id || ' ' || address FROM private_ip "
                + "GROUP BY subnet_id, address HAVING COUNT(*) > 1");
        rows(broken, "address outside its subnet or reserved", "SELECT p.subnet_id || ' ' || "
                + "p.address FROM private_ip p JOIN subnet s ON s.id = p.subnet_id WHERE "
                + "p.address_num < s.network_num + 2 OR p.address_num > s.broadcast_num - 1");
        rows(broken, "address held by a vNIC of another subnet", "SELECT p.address FROM "
                + "private_ip p JOIN vnic n ON n.id = p.vnic_id WHERE n.subnet_id <> p.subnet_id");
        rows(broken, "MAC held twice", "SELECT mac_address FROM vnic GROUP BY mac_address "
                + "HAVING COUNT(*) > 1");
        rows(broken, "vNIC without exactly one primary IPv4", "SELECT n.id FROM vnic n WHERE "
                + "(SELECT COUNT(*) FROM private_ip p WHERE p.primary_of = n.id) <> 1");
        rows(broken, "VF held by two vNICs", "SELECT vnic_id FROM vf WHERE vnic_id IS NOT NULL "
                + "GROUP BY vnic_id HAVING COUNT(*) > 1");
        rows(broken, "PCI address used by two VFs of one host", "SELECT a.host_id || ' ' || "
                + "vf.pci_address FROM vf JOIN adapter a ON a.id = vf.adapter_id "
                + "GROUP BY a.host_id, vf.pci_address HAVING COUNT(*) > 1");
        rows(broken, "attached vNIC without a VF on its instance's host", "SELECT n.id FROM vnic "
                + "n JOIN instance i ON i.id = n.instance_id WHERE NOT EXISTS (SELECT 1 FROM vf "
                + "JOIN adapter a ON a.id = vf.adapter_id WHERE vf.vnic_id = n.id "
                + "AND a.host_id = i.host_id)");
        rows(broken, "detached vNIC still holding a VF", "SELECT n.id FROM vnic n JOIN vf "
                + "ON vf.vnic_id = n.id WHERE n.instance_id IS NULL");
        rows(broken, "instance without its primary vNIC at slot 0", "SELECT i.id FROM instance i "
                + "WHERE (SELECT COUNT(*) FROM vnic n WHERE n.instance_id = i.id "
                + "AND n.kind = 'PRIMARY' AND n.device_index = 0) <> 1");
        rows(broken, "adapter over its VF or queue pool", "SELECT a.id FROM adapter a WHERE "
                + "(SELECT COUNT(*) FROM vf WHERE vf.adapter_id = a.id) > a.total_vfs OR "
                + "(SELECT COALESCE(SUM(n.queue_count), 0) FROM vf JOIN vnic n "
                + "ON n.id = vf.vnic_id WHERE vf.adapter_id = a.id) > a.total_queues");
        rows(broken, "host over its vCPUs or memory", "SELECT h.id FROM host h WHERE "
                + "(SELECT COALESCE(SUM(i.vcpus), 0) FROM instance i WHERE i.host_id = h.id) "
                + "> h.vcpu_total OR (SELECT COALESCE(SUM(i.memory_gib), 0) FROM instance i "
                + "WHERE i.host_id = h.id) > h.memory_gib");
        rows(broken, "EIP bound to an address its vNIC does not hold", "SELECT e.id FROM eip e "
                + "JOIN private_ip p ON p.subnet_id = e.bound_subnet_id "
                + "AND p.address_num = e.bound_address_num WHERE p.vnic_id <> e.bound_vnic_id");
        rows(broken, "vNIC with EIPs of both modes", "SELECT bound_vnic_id FROM eip WHERE "
                + "bound_vnic_id IS NOT NULL GROUP BY bound_vnic_id "
                + "HAVING COUNT(DISTINCT bind_type) > 1");
        checkCaps(broken);
        return broken;
    }

    private void checkCaps(List<String> broken) {
        handle.createQuery("SELECT i.id, i.vcpus, COUNT(*) AS vnics FROM instance i "
                        + "JOIN vnic n ON n.instance_id = i.id GROUP BY i.id, i.vcpus")
                .map((rs, ctx) -> {
                    InstanceCaps caps = CapacityTable.forVcpus(rs.getInt("vcpus"));
                    if (rs.getInt("vnics") > caps.maxVnics()) {
                        broken.add("instance over its vNIC cap: " + rs.getString("id"));
                    }
                    return caps;
                })
                .list();
        handle.createQuery("SELECT n.id, i.vcpus, COUNT(*) AS ips FROM private_ip p "
                        + "JOIN vnic n ON n.id = p.vnic_id JOIN instance i ON i.id = n.instance_id "
                        + "GROUP BY n.id, i.vcpus")
                .map((rs, ctx) -> {
                    InstanceCaps caps = CapacityTable.forVcpus(rs.getInt("vcpus"));
                    if (rs.getInt("ips") > caps.ipv4PerVnic()) {
                        broken.add("vNIC over its instance's IPv4 cap: " + rs.getString("id"));
                    }
                    return caps;
                })
                .list();
        rows(broken, "unattached vNIC over the largest IPv4 cap", "SELECT n.id FROM vnic n WHERE "
                + "n.instance_id IS NULL AND (SELECT COUNT(*) FROM private_ip p "
                + "WHERE p.vnic_id = n.id) > " + CapacityTable.largestIpv4PerVnic());
    }

    private void rows(List<String> broken, String what, String sql) {
        for (String row : handle.createQuery(sql).mapTo(String.class).list()) {
            broken.add(what + ": " + row);
        }
    }
}
