package org.vnicconsole.agent.inventory;

import java.util.Locale;

/** The part a network device plays in what the agent found. */
public enum DeviceRole {
    PF,
    VF,
    FAILOVER_MASTER,
    FAILOVER_PRIMARY,
    FAILOVER_STANDBY,
    FAILOVER_SLAVE,
    NETVSC_SYNTHETIC,
    NETVSC_VF,
    LOOPBACK,
    PLAIN;

    /** The role as reports and JSON write it, for example {@code failover-master}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
