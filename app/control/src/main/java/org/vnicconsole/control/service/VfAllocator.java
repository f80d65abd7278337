package org.vnicconsole.control.service;

import java.util.Comparator;
import java.util.Optional;
import org.vnicconsole.control.store.FabricRepository.AdapterUsage;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * Gives an attached vNIC a VF and a queue set on its instance's host (HOST-VF), choosing the
 * adapter with the most free VFs that also has the queues.
 */
final class VfAllocator {

    private VfAllocator() {
    }

    /** A free VF on the host with {@code queues} free queues on its adapter, if any. */
    static Optional<VirtualFunction> find(Repositories repos, String hostId, int queues) {
        return repos.fabric().adapterUsage(hostId).stream()
                .filter(usage -> usage.vfsFree() > 0 && usage.queuesFree() >= queues)
                .max(Comparator.comparingInt(AdapterUsage::vfsFree))
                .flatMap(usage -> repos.fabric().firstFreeVf(usage.adapter().id()));
    }

    /** Takes a VF for the vNIC or refuses, saying what the host lacks. */
    static VirtualFunction hold(Repositories repos, Host host, Vnic vnic, int queues) {
        VirtualFunction vf = find(repos, host.id(), queues).orElseThrow(() -> noRoom(repos, host,
                queues));
        repos.fabric().holdVf(vf, vnic.id(), vnic.macAddress(), vnic.rateLimitMbps());
        return vf;
    }

    private static Refusal noRoom(Repositories repos, Host host, int queues) {
        int freeVfs = 0;
        int bestQueues = 0;
        for (AdapterUsage usage : repos.fabric().adapterUsage(host.id())) {
            freeVfs += usage.vfsFree();
            if (usage.vfsFree() > 0) {
                bestQueues = Math.max(bestQueues, usage.queuesFree());
            }
        }
        String why = freeVfs == 0
                ? "has no free VF on any adapter"
                : "has " + freeVfs + " free VFs but no adapter with " + queues
                        + " free queues (at most " + bestQueues + ")";
        return Refusal.of(RuleId.HOST_VF, "OPERATION_DENIED_HOST_VF_EXHAUSTED", 409,
                "host " + host.name() + " (" + host.id() + ") " + why);
    }
}
