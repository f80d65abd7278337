package org.vnicconsole.console.machine;

import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.VirtualFunction;

/**
 * One row of a PF's VF pool table, every cell already as text: {@code unknown} where the input
 * did not show the value, {@code none} where it shows there is none (VLAN 0, no rate limit,
 * MAC not set). Immutable.
 */
public record VfRow(
        int index,
        String pciAddress,
        String mac,
        String vlan,
        String rate,
        String spoofCheck,
        String trust,
        String linkState,
        String netdev,
        String driver) {

    /** The row of one VF. */
    public static VfRow of(VirtualFunction vf) {
        String mac = vf.mac().isKnown() && !vf.hasAdminMac() ? "none" : vf.mac().display();
        return new VfRow(vf.index(), vf.pciAddress().display(), mac, vlan(vf), rate(vf),
                vf.spoofCheck().display(), vf.trust().display(), vf.linkState().display(),
                vf.netdev().display(), vf.driver().display());
    }

    private static String vlan(VirtualFunction vf) {
        if (!vf.vlan().isKnown()) {
            return Known.UNKNOWN;
        }
        if (vf.vlan().value() == 0) {
            return "none";
        }
        String qos = vf.qos().isKnown() && vf.qos().value() != 0 ? " qos " + vf.qos().value() : "";
        return vf.vlan().value() + qos;
    }

    private static String rate(VirtualFunction vf) {
        if (!vf.maxTxRate().isKnown() && !vf.minTxRate().isKnown()) {
            return vf.txRate().map(rate -> rate == 0 ? "none" : rate + " Mbps").display();
        }
        long max = vf.maxTxRate().orElse(0L);
        long min = vf.minTxRate().orElse(0L);
        if (vf.maxTxRate().isKnown() && vf.minTxRate().isKnown() && max == 0 && min == 0) {
            return "none";
        }
        return "max " + mbps(vf.maxTxRate()) + ", min " + mbps(vf.minTxRate());
    }

    private static String mbps(Known<Long> rate) {
        return rate.map(value -> value == 0 ? "none" : value + " Mbps").display();
    }
}
