package org.vnicconsole.agent.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.inventory.IpAddress;
import org.vnicconsole.agent.inventory.LinkStats;
import org.vnicconsole.agent.inventory.Known;

/**
 * Reads {@code ip link}, {@code ip -d link}, {@code ip -s -d link} and {@code ip addr} output, in
 * old and new iproute2 formats, with or without the indentation of continuation lines.
 */
final class IpLinkTextParser implements LineParser {

    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(\\d+):\\s+([^\\s:@]+)(?:@([^\\s:]+))?:\\s+<([^>]*)>(.*)$");
    private static final Pattern LINK_LAYER = Pattern.compile(
            "^\\s*link/(\\S+)(?:\\s+(" + Tokens.MAC + "))?(.*)$");
    private static final Pattern ADDRESS = Pattern.compile(
            "^\\s*(inet6?)\\s+([0-9a-fA-F.:]+/\\d+)(.*)$");
    private static final Pattern STATS_HEADER = Pattern.compile("^\\s*(RX|TX):\\s+(.*)$");
    private static final Pattern NUMBERS = Pattern.compile("^\\s*\\d+(\\s+\\d+)*\\s*$");
    private static final Pattern SLAVE_KIND = Pattern.compile(
            "^\\s*(openvswitch_slave|bond_slave|bridge_slave|team_slave)\\b.*");
    private static final Pattern KIND = Pattern.compile(
            "^\\s*(veth|bond|bridge|vlan|macvlan|macvtap|ipvlan|vxlan|team|dummy|ifb|"
                    + "openvswitch|tun|geneve|vrf|wireguard)(\\s.*)?$");

    private final VfLineParser vfLines = new VfLineParser();

    @Override
    public boolean accept(String line, ParseState state) {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            readHeader(header, state);
            return true;
        }
        if (state.link == null || !state.inIpOutput) {
            return false;
        }
        return readContinuation(line, state);
    }

    private void readHeader(Matcher header, ParseState state) {
        LinkFacts link = state.facts.link(header.group(2));
        link.ifindex = Tokens.toInt(header.group(1));
        link.flags = new ArrayList<>(Arrays.asList(header.group(4).split(",")));
        link.flags.removeIf(String::isEmpty);
        String rest = header.group(5);
        link.mtu = Tokens.intAfter(rest, "mtu");
        link.qdisc = Tokens.after(rest, "qdisc");
        link.operState = Tokens.after(rest, "state");
        String master = Tokens.after(rest, "master");
        link.master = master == null ? "" : master;
        if (state.isAddressCommand() && link.addresses == null) {
            link.addresses = new ArrayList<>();
            state.facts.addressesShown = true;
        }
        state.link = link;
        state.vf = null;
        state.inIpOutput = true;
        state.blockLinks.add(link);
    }

    private boolean readContinuation(String line, ParseState state) {
        LinkFacts link = state.link;
        if (vfLines.accept(line, state)) {
            return true;
        }
        Matcher layer = LINK_LAYER.matcher(line);
        if (layer.matches()) {
            if (layer.group(2) != null && !"loopback".equals(layer.group(1))) {
                link.mac = layer.group(2).toLowerCase(Locale.ROOT);
            } else if ("loopback".equals(layer.group(1))) {
                link.kind = "";
                link.mac = layer.group(2);
            }
            readDetails(layer.group(3), link);
            return true;
        }
        Matcher address = ADDRESS.matcher(line);
        if (address.matches()) {
            readAddress(address, state);
            return true;
        }
        return readOther(line, state);
    }

    private boolean readOther(String line, ParseState state) {
        LinkFacts link = state.link;
        String trimmed = line.trim();
        if (trimmed.startsWith("valid_lft")) {
            return true;
        }
        if (trimmed.startsWith("altname ")) {
            link.altnames.add(trimmed.substring("altname ".length()).trim());
            return true;
        }
        if (trimmed.startsWith("alias ")) {
            link.alias = trimmed.substring("alias ".length()).trim();
            return true;
        }
        Matcher statsHeader = STATS_HEADER.matcher(line);
        if (statsHeader.matches()) {
            state.statsHeader = (statsHeader.group(1) + " " + statsHeader.group(2)).split("\\s+");
            return true;
        }
        if (state.statsHeader != null && NUMBERS.matcher(line).matches()) {
            StatsLine.apply(state, line.trim().split("\\s+"));
            state.statsHeader = null;
            return true;
        }
        Matcher slaveKind = SLAVE_KIND.matcher(line);
        if (slaveKind.matches()) {
            link.slaveKind = slaveKind.group(1);
            return true;
        }
        Matcher kind = KIND.matcher(line);
        if (kind.matches() && state.commandHas("-d")) {
            link.kind = kind.group(1);
            return true;
        }
        return false;
    }

    private static void readDetails(String details, LinkFacts link) {
        link.promiscuity = first(Tokens.intAfter(details, "promiscuity"), link.promiscuity);
        link.maxMtu = first(Tokens.intAfter(details, "maxmtu"), link.maxMtu);
        link.numTxQueues = first(Tokens.intAfter(details, "numtxqueues"), link.numTxQueues);
        link.numRxQueues = first(Tokens.intAfter(details, "numrxqueues"), link.numRxQueues);
        if ("pci".equals(Tokens.after(details, "parentbus"))) {
            String parent = Tokens.after(details, "parentdev");
            link.pciAddress = parent == null ? link.pciAddress : Tokens.pciWithDomain(parent);
        }
    }

    private static void readAddress(Matcher address, ParseState state) {
        String rest = address.group(3);
        String scope = Tokens.after(rest, "scope");
        boolean dynamic = (" " + rest + " ").contains(" dynamic ");
        state.addressSeen();
        state.link.addresses.add(new IpAddress(address.group(1), address.group(2),
                scope == null ? "unknown" : scope, dynamic));
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** Puts a line of counters under the last {@code RX:}/{@code TX:} header. */
    static final class StatsLine {

        private StatsLine() {
        }

        static void apply(ParseState state, String[] values) {
            String[] header = state.statsHeader;
            boolean receive = "RX".equals(header[0]);
            Long bytes = column(header, values, "bytes");
            Long packets = column(header, values, "packets");
            if (state.vf != null) {
                VfLineParser.applyStats(state.vf, receive, header, values);
                return;
            }
            LinkStats old = state.link.stats == null
                    ? new LinkStats(Known.unknown(), Known.unknown(), Known.unknown(),
                            Known.unknown())
                    : state.link.stats;
            state.link.stats = receive
                    ? new LinkStats(Known.of(bytes), Known.of(packets), old.txBytes(),
                            old.txPackets())
                    : new LinkStats(old.rxBytes(), old.rxPackets(), Known.of(bytes),
                            Known.of(packets));
        }

        static Long column(String[] header, String[] values, String name) {
            List<String> names = Arrays.asList(header).subList(1, header.length);
            int index = names.indexOf(name);
            return index >= 0 && index < values.length ? Tokens.toLong(values[index]) : null;
        }
    }
}
