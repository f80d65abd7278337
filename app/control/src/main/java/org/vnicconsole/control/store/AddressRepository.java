package org.vnicconsole.control.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.net.Ipv4Block;

/** Private IPv4 addresses held by vNICs. Used inside one transaction. */
public final class AddressRepository {

    private final Handle handle;

    AddressRepository(Handle handle) {
        this.handle = handle;
    }

    /** Records an address as held; {@code primary} marks the vNIC's primary address. */
    public void insert(String subnetId, long address, String vnicId, boolean primary, long seq) {
        handle.createUpdate("INSERT INTO private_ip (subnet_id, address_num, address, vnic_id, "
                        + "primary_of, assigned_seq) VALUES (:subnetId, :num, :address, :vnicId, "
                        + ":primaryOf, :seq)")
                .bind("subnetId", subnetId).bind("num", address)
                .bind("address", Ipv4Block.format(address)).bind("vnicId", vnicId)
                .bind("primaryOf", primary ? vnicId : null).bind("seq", seq)
                .execute();
    }

    /** A vNIC's addresses, the primary first, then in the order they were assigned. */
    public List<PrivateIp> ofVnic(String vnicId) {
        return handle.createQuery("SELECT * FROM private_ip WHERE vnic_id = :vnicId "
                        + "ORDER BY CASE WHEN primary_of IS NULL THEN 1 ELSE 0 END, assigned_seq")
                .bind("vnicId", vnicId).map(Rows.PRIVATE_IP).list();
    }

    public List<PrivateIp> all() {
        return handle.createQuery("SELECT * FROM private_ip ORDER BY subnet_id, address_num")
                .map(Rows.PRIVATE_IP).list();
    }

    /** Every held address, in the order addresses were assigned. */
    public List<PrivateIp> allInAssignmentOrder() {
        return handle.createQuery("SELECT * FROM private_ip ORDER BY assigned_seq")
                .map(Rows.PRIVATE_IP).list();
    }

    public int countOfVnic(String vnicId) {
        return handle.createQuery("SELECT COUNT(*) FROM private_ip WHERE vnic_id = :vnicId")
                .bind("vnicId", vnicId).mapTo(Integer.class).one();
    }

    public int countInSubnet(String subnetId) {
        return handle.createQuery("SELECT COUNT(*) FROM private_ip WHERE subnet_id = :subnetId")
                .bind("subnetId", subnetId).mapTo(Integer.class).one();
    }

    /** The addresses held in a subnet, ascending, as unsigned values. */
    public List<Long> heldInSubnet(String subnetId) {
        return handle.createQuery("SELECT address_num FROM private_ip WHERE subnet_id = :subnetId "
                        + "ORDER BY address_num").bind("subnetId", subnetId).mapTo(Long.class).list();
    }

    /** The vNIC holding an address of a subnet, if any. */
    public java.util.Optional<String> holder(String subnetId, long address) {
        return handle.createQuery("SELECT vnic_id FROM private_ip WHERE subnet_id = :subnetId "
                        + "AND address_num = :num")
                .bind("subnetId", subnetId).bind("num", address).mapTo(String.class).findOne();
    }

    public void delete(String subnetId, long address) {
        handle.createUpdate("DELETE FROM private_ip WHERE subnet_id = :subnetId "
                        + "AND address_num = :num").bind("subnetId", subnetId).bind("num", address)
                .execute();
    }

    public void deleteAllOfVnic(String vnicId) {
        handle.createUpdate("DELETE FROM private_ip WHERE vnic_id = :vnicId")
                .bind("vnicId", vnicId).execute();
    }
}
