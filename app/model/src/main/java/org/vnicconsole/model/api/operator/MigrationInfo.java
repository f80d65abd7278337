package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * A live migration attempt as MigrateInstance and DescribeMigration show it.
 *
 * @param state SUCCEEDED or FAILED; a failed one leaves the instance on its source host
 * @param steps every phase each vNIC went through, in order (MIGRATION-PATH)
 */
public record MigrationInfo(
        String migrationId,
        String instanceId,
        String sourceHostId,
        String targetHostId,
        String state,
        String detail,
        List<MigrationStepInfo> steps) {
}
