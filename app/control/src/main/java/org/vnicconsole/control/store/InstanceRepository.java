package org.vnicconsole.control.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vnicconsole.model.capacity.InstanceType;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.InstanceStatus;

/** Instances. Used inside one transaction. */
public final class InstanceRepository {

    private final Handle handle;

    InstanceRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(Instance instance) {
        handle.createUpdate("INSERT INTO instance (id, name, family, vcpus, memory_gib, zone_id, "
                        + "host_id, subnet_id, image_id, status, ip_forward, created_at) VALUES "
                        + "(:id, :name, :family, :vcpus, :memory, :zoneId, :hostId, :subnetId, "
                        + ":imageId, :status, :ipForward, :createdAt)")
                .bindMethods(instance)
                .bind("family", instance.type().family())
                .bind("vcpus", instance.type().vcpus())
                .bind("memory", instance.type().memoryGib())
                .bind("status", instance.status().name())
                .execute();
    }

    public Optional<Instance> find(String id) {
        return handle.createQuery("SELECT * FROM instance WHERE id = :id").bind("id", id)
                .map(Rows.INSTANCE).findOne();
    }

    public List<Instance> all() {
        return handle.createQuery("SELECT * FROM instance ORDER BY created_at, id")
                .map(Rows.INSTANCE).list();
    }

    public void updateType(String id, InstanceType type) {
        handle.createUpdate("UPDATE instance SET family = :family, vcpus = :vcpus, "
                        + "memory_gib = :memory WHERE id = :id")
                .bind("family", type.family()).bind("vcpus", type.vcpus())
                .bind("memory", type.memoryGib()).bind("id", id).execute();
    }

    public void updateIpForward(String id, boolean on) {
        handle.createUpdate("UPDATE instance SET ip_forward = :on WHERE id = :id")
                .bind("on", on).bind("id", id).execute();
    }

    public void updateHost(String id, String hostId) {
        handle.createUpdate("UPDATE instance SET host_id = :hostId WHERE id = :id")
                .bind("hostId", hostId).bind("id", id).execute();
    }

    public void updateStatus(String id, InstanceStatus status) {
        handle.createUpdate("UPDATE instance SET status = :status WHERE id = :id")
                .bind("status", status.name()).bind("id", id).execute();
    }

    public void delete(String id) {
        handle.createUpdate("DELETE FROM instance WHERE id = :id").bind("id", id).execute();
    }
}
