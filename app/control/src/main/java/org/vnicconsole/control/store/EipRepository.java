package org.vnicconsole.control.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.net.Ipv4Block;

/** Elastic IPs and their bindings. Used inside one transaction. */
public final class EipRepository {

    private final Handle handle;

    EipRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Eip eip) {
        handle.createUpdate("INSERT INTO eip (id, name, region_id, address, bind_type, created_at) "
                        + "VALUES (:id, :name, :regionId, :address, :mode, :createdAt)")
                .bindMethods(eip).bind("mode", eip.mode().name()).execute();
    }

    public Optional<Eip> find(String id) {
        return handle.createQuery("SELECT * FROM eip WHERE id = :id").bind("id", id)
                .map(Rows.EIP).findOne();
    }

    public List<Eip> all() {
        return handle.createQuery("SELECT * FROM eip ORDER BY created_at, id").map(Rows.EIP).list();
    }

    public List<Eip> ofVnic(String vnicId) {
        return handle.createQuery("SELECT * FROM eip WHERE bound_vnic_id = :vnicId ORDER BY id")
                .bind("vnicId", vnicId).map(Rows.EIP).list();
    }

    public Optional<Eip> onPrivateIp(String subnetId, long address) {
        return handle.createQuery("SELECT * FROM eip WHERE bound_subnet_id = :subnetId "
                        + "AND bound_address_num = :num")
                .bind("subnetId", subnetId).bind("num", address).map(Rows.EIP).findOne();
    }

    /** Public addresses in use in a region, ascending. */
    public List<String> addressesInRegion(String regionId) {
        return handle.createQuery("SELECT address FROM eip WHERE region_id = :regionId")
                .bind("regionId", regionId).mapTo(String.class).list();
    }

    public void bind(String eipId, String subnetId, long address, String vnicId,
            ForwardingMode mode) {
        handle.createUpdate("UPDATE eip SET bound_subnet_id = :subnetId, bound_address_num = :num, "
                        + "bound_vnic_id = :vnicId, bind_type = :mode WHERE id = :id")
                .bind("subnetId", subnetId).bind("num", address).bind("vnicId", vnicId)
                .bind("mode", mode.name()).bind("id", eipId).execute();
    }

    public void unbind(String eipId) {
        handle.createUpdate("UPDATE eip SET bound_subnet_id = NULL, bound_address_num = NULL, "
                        + "bound_vnic_id = NULL WHERE id = :id").bind("id", eipId).execute();
    }

    public void unbindAllOfVnic(String vnicId) {
        handle.createUpdate("UPDATE eip SET bound_subnet_id = NULL, bound_address_num = NULL, "
                        + "bound_vnic_id = NULL WHERE bound_vnic_id = :vnicId")
                .bind("vnicId", vnicId).execute();
    }

    public void updateMode(String eipId, ForwardingMode mode) {
        handle.createUpdate("UPDATE eip SET bind_type = :mode WHERE id = :id")
                .bind("mode", mode.name()).bind("id", eipId).execute();
    }

    public void delete(String eipId) {
        handle.createUpdate("DELETE FROM eip WHERE id = :id").bind("id", eipId).execute();
    }

    /** The unsigned value of a dotted address, for the binding columns. */
    public static long number(String address) {
        return Ipv4Block.parseAddress(address);
    }
}
