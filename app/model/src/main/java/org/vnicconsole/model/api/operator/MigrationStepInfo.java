package org.vnicconsole.model.api.operator;

/**
 * One step of a migration.
 *
 * @param nicId the vNIC the step is about, or null for the instance as a whole
 * @param phase VF_ACTIVE, VF_UNPLUGGED_STANDBY_ACTIVE, HOST_SWITCHED, VF_PLUGGED,
 *     VF_ACTIVE_AGAIN or ROLLED_BACK
 */
public record MigrationStepInfo(Integer seq, String nicId, String phase, String detail,
        String time) {
}
