package org.vnicconsole.agent.inventory;

import java.util.List;

/**
 * A net_failover triplet inside a guest (FAILOVER-TRIPLET): the master that owns addresses and
 * routes, the primary slave (a VF, the fast path) and the standby slave (virtio-net, used while
 * the VF is away). A role the input does not reveal is unknown; {@link #slaves()} then still
 * lists every device enslaved to the master. Immutable.
 *
 * @param master the failover master
 * @param primary the VF slave
 * @param standby the virtio-net slave
 * @param slaves every slave seen, whatever its role
 * @param mac the MAC all members share
 * @param activeSlave the slave that carries traffic now
 */
public record FailoverTriplet(
        Known<String> master,
        Known<String> primary,
        Known<String> standby,
        List<String> slaves,
        Known<String> mac,
        Known<String> activeSlave) {

    public FailoverTriplet {
        slaves = List.copyOf(slaves);
    }

    /** Whether the master and two slaves are all present. */
    public boolean isComplete() {
        return master.isKnown() && slaves.size() == 2;
    }
}
