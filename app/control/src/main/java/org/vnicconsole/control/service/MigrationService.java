package org.vnicconsole.control.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vnicconsole.control.store.FabricRepository.AdapterUsage;
import org.vnicconsole.control.store.FabricRepository.HostUsage;
import org.vnicconsole.control.store.MigrationRepository.MigrationRow;
import org.vnicconsole.control.store.MigrationRepository.StepRow;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * Simulated live migration (MIGRATION-PATH, MIGRATION-CAPACITY): every vNIC goes from its VF to
 * the virtio standby, the instance switches host, and each vNIC gets a VF from the target's pool.
 * IPs, MACs and the failover master never change. The whole move is one transaction, so a
 * failure at any step leaves the instance on the source host with its VFs; the failed attempt is
 * still recorded. Thread-safe.
 */
public final class MigrationService {

    /** The phases each vNIC passes through, in order. */
    public enum Phase {
        VF_ACTIVE, VF_UNPLUGGED_STANDBY_ACTIVE, HOST_SWITCHED, VF_PLUGGED, VF_ACTIVE_AGAIN,
        ROLLED_BACK
    }

    /** A finished migration attempt with its recorded steps. */
    public record Migration(String id, String instanceId, String sourceHostId,
            String targetHostId, String state, String detail, List<StepRow> steps) {
    }

    /** Thrown inside the transaction to simulate a failure after a phase. */
    private static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<StepRow> steps;

        InjectedFailure(String message, List<StepRow> steps) {
            super(message);
            this.steps = steps;
        }
    }

    private final ServiceContext context;

    public MigrationService(ServiceContext context) {
        this.context = context;
    }

    /**
     * Migrates an instance to another host of its zone.
     *
     * @param failAfter a phase after which to fail on purpose (operator drills), or null
     */
    public Migration migrate(String instanceId, String targetHostId, Phase failAfter) {
        String id = context.ids().next("mig");
        try {
            return context.store().write(repos -> run(repos, id, instanceId, targetHostId,
                    failAfter));
        } catch (InjectedFailure failure) {
            return context.store().write(repos -> recordFailure(repos, id, instanceId,
                    targetHostId, failure));
        }
    }

    /** A recorded migration by id. */
    public Migration find(String migrationId) {
        return context.store().read(repos -> {
            MigrationRow row = repos.migrations().find(migrationId).orElseThrow(() ->
                    Refusal.notFound("INVALID_MIGRATION_NOT_FOUND", "migrationId",
                            "migration " + migrationId + " does not exist"));
            return toMigration(row, repos.migrations().steps(migrationId));
        });
    }

    private Migration run(Repositories repos, String id, String instanceId, String targetHostId,
            Phase failAfter) {
        Instance instance = Lookups.instance(repos, instanceId);
        Host target = Lookups.host(repos, targetHostId);
        checkTarget(repos, instance, target);
        List<Vnic> vnics = repos.vnics().ofInstance(instance.id());
        List<StepRow> steps = new ArrayList<>();
        for (Vnic vnic : vnics) {
            String pci = repos.fabric().vfOfVnic(vnic.id()).map(VirtualFunction::pciAddress)
                    .orElse("none");
            step(steps, vnic, Phase.VF_ACTIVE, "VF " + pci + " carries traffic", failAfter);
        }
        for (Vnic vnic : vnics) {
            repos.fabric().releaseVfOf(vnic.id());
            step(steps, vnic, Phase.VF_UNPLUGGED_STANDBY_ACTIVE,
                    "VF unplugged; virtio standby carries traffic", failAfter);
        }
        repos.instances().updateHost(instance.id(), target.id());
        step(steps, null, Phase.HOST_SWITCHED, "instance now runs on " + target.name(), failAfter);
        for (Vnic vnic : vnics) {
            VirtualFunction vf = VfAllocator.hold(repos, target, vnic, vnic.queueCount());
            step(steps, vnic, Phase.VF_PLUGGED, "VF " + vf.pciAddress() + " of " + target.name()
                    + " plugged", failAfter);
        }
        for (Vnic vnic : vnics) {
            step(steps, vnic, Phase.VF_ACTIVE_AGAIN, "VF carries traffic; MAC "
                    + vnic.macAddress() + " and addresses unchanged", failAfter);
        }
        MigrationRow row = new MigrationRow(id, instance.id(), instance.hostId(), target.id(),
                "SUCCEEDED", null, context.now(), context.now());
        repos.migrations().insert(row);
        steps.forEach(step -> repos.migrations().insertStep(id, step));
        return toMigration(row, steps);
    }

    private void step(List<StepRow> steps, Vnic vnic, Phase phase, String detail,
            Phase failAfter) {
        steps.add(new StepRow(steps.size() + 1, vnic == null ? null : vnic.id(), phase.name(),
                detail, context.now()));
        if (phase == failAfter) {
            throw new InjectedFailure("failed on purpose after " + phase, List.copyOf(steps));
        }
    }

    private void checkTarget(Repositories repos, Instance instance, Host target) {
        if (target.id().equals(instance.hostId())) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "targetHostId",
                    "instance " + instance.id() + " already runs on " + target.name());
        }
        if (!target.zoneId().equals(instance.zoneId())) {
            throw Refusal.of(RuleId.VNIC_ATTACH_SCOPE, "OPERATION_DENIED_MIGRATION_ZONE", 409,
                    "host " + target.name() + " is in zone " + target.zoneId() + "; instance "
                            + instance.id() + " and its vNICs stay in zone " + instance.zoneId());
        }
        HostUsage usage = repos.fabric().hostUsage().stream()
                .filter(candidate -> candidate.host().id().equals(target.id()))
                .findFirst().orElseThrow();
        List<String> lacking = new ArrayList<>();
        if (usage.vcpuUsed() + instance.type().vcpus() > target.vcpuTotal()
                || usage.memoryUsed() + instance.type().memoryGib() > target.memoryGib()) {
            lacking.add("vCPUs or memory for " + instance.type().name());
        }
        Map<String, int[]> free = new HashMap<>();
        for (AdapterUsage adapter : repos.fabric().adapterUsage(target.id())) {
            free.put(adapter.adapter().id(), new int[] {adapter.vfsFree(), adapter.queuesFree()});
        }
        List<Vnic> vnics = repos.vnics().ofInstance(instance.id());
        int placed = 0;
        for (Vnic vnic : vnics) {
            for (int[] room : free.values()) {
                if (room[0] > 0 && room[1] >= vnic.queueCount()) {
                    room[0]--;
                    room[1] -= vnic.queueCount();
                    placed++;
                    break;
                }
            }
        }
        if (placed < vnics.size()) {
            lacking.add("a free VF and queue set for each of " + vnics.size() + " vNICs (room for "
                    + placed + ")");
        }
        if (!lacking.isEmpty()) {
            throw Refusal.of(RuleId.MIGRATION_CAPACITY, "OPERATION_DENIED_MIGRATION_CAPACITY", 409,
                    "host " + target.name() + " lacks " + String.join(" and ", lacking)
                            + "; nothing was moved");
        }
    }

    private Migration recordFailure(Repositories repos, String id, String instanceId,
            String targetHostId, InjectedFailure failure) {
        Instance instance = Lookups.instance(repos, instanceId);
        List<StepRow> steps = new ArrayList<>(failure.steps);
        steps.add(new StepRow(steps.size() + 1, null, Phase.ROLLED_BACK.name(),
                "instance stays on its source host with its VFs", context.now()));
        MigrationRow row = new MigrationRow(id, instance.id(), instance.hostId(), targetHostId,
                "FAILED", failure.getMessage(), context.now(), context.now());
        repos.migrations().insert(row);
        steps.forEach(step -> repos.migrations().insertStep(id, step));
        return toMigration(row, steps);
    }

    private static Migration toMigration(MigrationRow row, List<StepRow> steps) {
        return new Migration(row.id(), row.instanceId(), row.sourceHostId(), row.targetHostId(),
                row.state(), row.detail(), steps);
    }
}
