package org.vnicconsole.agent.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.inventory.IpAddress;

/**
 * Reads {@code ifconfig} output (net-tools 2.x and the older {@code Link encap} form), with or
 * without indented continuation lines. ifconfig shows no master relation, so that stays unknown.
 */
final class IfconfigTextParser implements LineParser {

    private static final Pattern HEADER = Pattern.compile(
            "^([^\\s:]+):\\s+flags=\\d+<([^>]*)>\\s+mtu\\s+(\\d+).*$");
    private static final Pattern OLD_HEADER = Pattern.compile(
            "^(\\S+)\\s+Link encap:(\\S+)(?:.*HWaddr\\s+(" + Tokens.MAC + "))?.*$");
    private static final Pattern ETHER = Pattern.compile("^\\s*ether\\s+(" + Tokens.MAC + ").*");
    private static final Pattern INET = Pattern.compile(
            "^\\s*inet\\s+(?:addr:)?([0-9.]+)\\s+.*?(?:netmask|Mask:)\\s*([0-9.]+).*");
    private static final Pattern INET6 = Pattern.compile(
            "^\\s*inet6\\s+(?:addr:\\s*)?([0-9a-fA-F:]+)(?:/(\\d+))?(?:\\s+prefixlen\\s+(\\d+))?"
                    + "(.*)$");
    private static final Pattern OLD_FLAGS = Pattern.compile(
            "^\\s*((?:[A-Z]+\\s+)+)MTU:(\\d+).*");

    @Override
    public boolean accept(String line, ParseState state) {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            LinkFacts link = start(state, header.group(1));
            link.flags = new ArrayList<>(Arrays.asList(header.group(2).split(",")));
            link.mtu = Tokens.toInt(header.group(3));
            return true;
        }
        Matcher oldHeader = OLD_HEADER.matcher(line);
        if (oldHeader.matches()) {
            LinkFacts link = start(state, oldHeader.group(1));
            if (oldHeader.group(3) != null) {
                link.mac = oldHeader.group(3).toLowerCase(Locale.ROOT);
            }
            return true;
        }
        if (state.link == null || state.inIpOutput) {
            return false;
        }
        return continuation(line, state.link);
    }

    private static LinkFacts start(ParseState state, String name) {
        LinkFacts link = state.facts.link(name);
        link.addresses = link.addresses == null ? new ArrayList<>() : link.addresses;
        state.facts.addressesShown = true;
        state.link = link;
        state.inIpOutput = false;
        state.vf = null;
        return link;
    }

    private static boolean continuation(String line, LinkFacts link) {
        Matcher ether = ETHER.matcher(line);
        if (ether.matches()) {
            link.mac = ether.group(1).toLowerCase(Locale.ROOT);
            return true;
        }
        Matcher inet = INET.matcher(line);
        if (inet.matches()) {
            int prefix = prefixLength(inet.group(2));
            link.addresses.add(new IpAddress("inet", inet.group(1) + "/" + prefix,
                    "unknown", false));
            return true;
        }
        Matcher inet6 = INET6.matcher(line);
        if (inet6.matches()) {
            String prefix = inet6.group(2) != null ? inet6.group(2) : inet6.group(3);
            String rest = inet6.group(4).toLowerCase(Locale.ROOT);
            String scope = rest.contains("link") ? "link" : rest.contains("global") ? "global"
                    : "unknown";
            link.addresses.add(new IpAddress("inet6", inet6.group(1) + "/"
                    + (prefix == null ? "?" : prefix), scope, false));
            return true;
        }
        Matcher oldFlags = OLD_FLAGS.matcher(line);
        if (oldFlags.matches()) {
            link.flags = new ArrayList<>(Arrays.asList(oldFlags.group(1).trim().split("\\s+")));
            link.mtu = Tokens.toInt(oldFlags.group(2));
            return true;
        }
        String trimmed = line.trim();
        return trimmed.startsWith("RX ") || trimmed.startsWith("TX ")
                || trimmed.startsWith("collisions") || trimmed.startsWith("Interrupt");
    }

    private static int prefixLength(String netmask) {
        int bits = 0;
        for (String part : netmask.split("\\.")) {
            Integer octet = Tokens.toInt(part);
            bits += octet == null ? 0 : Integer.bitCount(octet);
        }
        return bits;
    }
}
