package org.vnicconsole.agent.findings;

import java.util.List;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Finding;

/** FAILOVER-TRIPLET and MIGRATION-PATH: a triplet with its VF or its standby missing. */
final class TripletCheck implements Check {

    @Override
    public void run(CheckContext context, List<Finding> findings) {
        for (FailoverTriplet triplet : context.inventory().triplets()) {
            if (!triplet.master().isKnown() || triplet.slaves().size() != 1) {
                continue;
            }
            String master = triplet.master().value();
            String slave = triplet.slaves().get(0);
            List<String> devices = List.of(master, slave);
            if (triplet.standby().isKnown()) {
                findings.add(FindingKind.TRIPLET_MISSING_PRIMARY.of(devices, master
                        + " has its standby " + slave + " but no VF: a migration is in progress, "
                        + "or the VF did not come back and traffic runs on the slow path."));
            } else if (triplet.primary().isKnown()) {
                findings.add(FindingKind.TRIPLET_MISSING_STANDBY.of(devices, master
                        + " has its VF " + slave + " but no virtio standby, so unplugging the VF "
                        + "for a migration would leave it without a data path."));
            } else {
                findings.add(FindingKind.TRIPLET_MISSING_SLAVE.of(devices, master
                        + " has one slave (" + slave + ") instead of two; which one is missing "
                        + "could not be told from the input."));
            }
        }
    }
}
