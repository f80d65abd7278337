package org.vnicconsole.control.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Live migrations and the steps each vNIC went through. Used inside one transaction. */
public final class MigrationRepository {

    /** One migration as stored. */
    public record MigrationRow(String id, String instanceId, String sourceHostId,
            String targetHostId, String state, String detail, Instant startedAt,
            Instant finishedAt) {
    }

    /** One recorded step of a migration. */
    public record StepRow(int seq, String vnicId, String phase, String detail, Instant at) {
    }

    private final Handle handle;

    MigrationRepository(Handle handle) {
        this.handle = handle;
    }

    public void insert(MigrationRow row) {
        handle.createUpdate("INSERT INTO migration (id, instance_id, source_host_id, "
                        + "target_host_id, state, detail, started_at, finished_at) VALUES (:id, "
                        + ":instanceId, :sourceHostId, :targetHostId, :state, :detail, :startedAt, "
                        + ":finishedAt)")
                .bindMethods(row).execute();
    }

    public void insertStep(String migrationId, StepRow step) {
        handle.createUpdate("INSERT INTO migration_step (migration_id, seq, vnic_id, phase, "
                        + "detail, at) VALUES (:migrationId, :seq, :vnicId, :phase, :detail, :at)")
                .bind("migrationId", migrationId).bindMethods(step).execute();
    }

    public Optional<MigrationRow> find(String id) {
        return handle.createQuery("SELECT * FROM migration WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new MigrationRow(rs.getString("id"), rs.getString("instance_id"),
                        rs.getString("source_host_id"), rs.getString("target_host_id"),
                        rs.getString("state"), rs.getString("detail"),
                        Rows.instant(rs, "started_at"), Rows.instant(rs, "finished_at")))
                .findOne();
    }

    public List<StepRow> steps(String migrationId) {
        return handle.createQuery("SELECT * FROM migration_step WHERE migration_id = :id "
                        + "ORDER BY seq").bind("id", migrationId)
                .map((rs, ctx) -> new StepRow(rs.getInt("seq"), rs.getString("vnic_id"),
                        rs.getString("phase"), rs.getString("detail"), Rows.instant(rs, "at")))
                .list();
    }
}
