package org.vnicconsole.agent.inventory;

/**
 * A network device's own counters. Immutable.
 */
public record LinkStats(Known<Long> rxBytes, Known<Long> rxPackets, Known<Long> txBytes,
        Known<Long> txPackets) {
}
