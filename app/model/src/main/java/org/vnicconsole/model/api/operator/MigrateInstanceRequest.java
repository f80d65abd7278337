package org.vnicconsole.model.api.operator;

/**
 * MigrateInstance.
 *
 * @param failAfterPhase for drills: fail on purpose after this phase (null for a real run)
 */
public record MigrateInstanceRequest(String instanceId, String targetHostId,
        String failAfterPhase) {
}
