package org.vnicconsole.agent.text;

import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.VfFacts;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.VfStats;

/**
 * Reads the {@code vf N ...} lines iproute2 prints under a PF, in the older form
 * ({@code vf 0 MAC m, vlan 5, ...}) and the newer one ({@code vf 0 link/ether m brd b, ...}).
 * iproute2 leaves out a VLAN or rate that is zero, so their absence means 0; it leaves out spoof
 * checking, trust and query_rss when the driver does not report them, so those stay unknown.
 */
final class VfLineParser implements LineParser {

    private static final Pattern VF = Pattern.compile("^\\s*vf\\s+(\\d+)\\s+(.*)$");
    private static final Pattern MAC =
            Pattern.compile("(?:MAC|link/ether)\\s+(" + Tokens.MAC + ")");
    private static final Pattern RATE = Pattern.compile("(max_tx_rate|min_tx_rate)\\s+(\\d+)");
    private static final Pattern TX_RATE = Pattern.compile("tx rate\\s+(\\d+)");
    private static final Pattern VLAN = Pattern.compile("(?:^|,\\s*)vlan\\s+(\\d+)");
    private static final Pattern QOS = Pattern.compile("qos\\s+(\\d+)");
    private static final Pattern PROTOCOL = Pattern.compile("vlan protocol\\s+(\\S+?)(,|$)");
    private static final Pattern ON_OFF = Pattern.compile(
            "(spoof checking|trust|query_rss)\\s+(on|off)");
    private static final Pattern LINK_STATE = Pattern.compile("link-state\\s+(\\w+)");

    @Override
    public boolean accept(String line, ParseState state) {
        Matcher vfLine = VF.matcher(line);
        if (!vfLine.matches()) {
            return false;
        }
        VfFacts vf = new VfFacts(Integer.parseInt(vfLine.group(1)));
        String rest = vfLine.group(2);
        readAttributes(rest, vf);
        if (state.link.vfs == null) {
            state.link.vfs = new ArrayList<>();
        }
        state.link.vfs.removeIf(old -> old.index == vf.index);
        state.link.vfs.add(vf);
        state.vf = vf;
        state.statsHeader = null;
        return true;
    }

    static void readAttributes(String rest, VfFacts vf) {
        Matcher mac = MAC.matcher(rest);
        vf.mac = mac.find() ? mac.group(1).toLowerCase(Locale.ROOT) : null;
        Matcher vlan = VLAN.matcher(rest);
        vf.vlan = vlan.find() ? Integer.valueOf(vlan.group(1)) : 0;
        Matcher qos = QOS.matcher(rest);
        vf.qos = qos.find() ? Integer.valueOf(qos.group(1)) : vf.vlan == 0 ? 0 : null;
        Matcher protocol = PROTOCOL.matcher(rest);
        vf.vlanProtocol = protocol.find() ? protocol.group(1) : null;
        Matcher txRate = TX_RATE.matcher(rest);
        vf.txRate = txRate.find() ? Long.valueOf(txRate.group(1)) : 0L;
        vf.maxTxRate = 0L;
        vf.minTxRate = 0L;
        Matcher rate = RATE.matcher(rest);
        while (rate.find()) {
            if ("max_tx_rate".equals(rate.group(1))) {
                vf.maxTxRate = Long.valueOf(rate.group(2));
            } else {
                vf.minTxRate = Long.valueOf(rate.group(2));
            }
        }
        Matcher onOff = ON_OFF.matcher(rest);
        while (onOff.find()) {
            Boolean value = "on".equals(onOff.group(2));
            switch (onOff.group(1)) {
                case "spoof checking" -> vf.spoofCheck = value;
                case "trust" -> vf.trust = value;
                default -> vf.queryRss = value;
            }
        }
        Matcher linkState = LINK_STATE.matcher(rest);
        vf.linkState = linkState.find() ? linkState.group(1) : null;
    }

    /** Puts one line of VF counters under the VF the line follows. */
    static void applyStats(VfFacts vf, boolean receive, String[] header, String[] values) {
        VfStats old = vf.stats == null ? emptyStats() : vf.stats;
        if (receive) {
            vf.stats = new VfStats(value(header, values, "bytes"), value(header, values, "packets"),
                    value(header, values, "mcast"), value(header, values, "bcast"),
                    value(header, values, "dropped"), old.txBytes(), old.txPackets(),
                    old.txDropped());
        } else {
            vf.stats = new VfStats(old.rxBytes(), old.rxPackets(), old.rxMulticast(),
                    old.rxBroadcast(), old.rxDropped(), value(header, values, "bytes"),
                    value(header, values, "packets"), value(header, values, "dropped"));
        }
    }

    private static Known<Long> value(String[] header, String[] values, String name) {
        return Known.of(IpLinkTextParser.StatsLine.column(header, values, name));
    }

    private static VfStats emptyStats() {
        Known<Long> unknown = Known.unknown();
        return new VfStats(unknown, unknown, unknown, unknown, unknown, unknown, unknown, unknown);
    }
}
