package org.vnicconsole.agent.inventory;

/**
 * A VF's counters as the PF reports them ({@code ip -s link}). Each counter may be unknown
 * separately, since drivers report different sets. Immutable.
 */
public record VfStats(
        Known<Long> rxBytes,
        Known<Long> rxPackets,
        Known<Long> rxMulticast,
        Known<Long> rxBroadcast,
        Known<Long> rxDropped,
        Known<Long> txBytes,
        Known<Long> txPackets,
        Known<Long> txDropped) {
}
