package org.vnicconsole.agent.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.inventory.IpAddress;

/**
 * Reads {@code ip -br link} ({@code name state mac <flags>}) and {@code ip -br addr}
 * ({@code name state addresses...}) lines. The brief forms show no master relation.
 */
final class BriefTextParser implements LineParser {

    private static final String STATE =
            "(UP|DOWN|UNKNOWN|LOWERLAYERDOWN|DORMANT|NOTPRESENT|TESTING)";
    private static final Pattern LINK = Pattern.compile(
            "^([^\\s@]+)(?:@\\S+)?\\s+" + STATE + "\\s+(" + Tokens.MAC + ")?\\s*<([^>]*)>\\s*$");
    private static final Pattern ADDRESS = Pattern.compile(
            "^([^\\s@]+)(?:@\\S+)?\\s+" + STATE + "(\\s+[0-9a-fA-F.:]+/\\d+)*\\s*$");

    @Override
    public boolean accept(String line, ParseState state) {
        Matcher link = LINK.matcher(line);
        if (link.matches()) {
            LinkFacts facts = state.facts.link(link.group(1));
            facts.operState = link.group(2);
            if (link.group(3) != null) {
                facts.mac = link.group(3).toLowerCase(Locale.ROOT);
            }
            facts.flags = new ArrayList<>(Arrays.asList(link.group(4).split(",")));
            state.link = null;
            return true;
        }
        boolean brief = state.commandHas("-br") || state.commandHas("-brief");
        Matcher address = ADDRESS.matcher(line);
        if (brief && address.matches()) {
            LinkFacts facts = state.facts.link(address.group(1));
            facts.operState = address.group(2);
            facts.addresses = new ArrayList<>();
            String[] words = line.trim().split("\\s+");
            for (int i = 2; i < words.length; i++) {
                String family = words[i].contains(":") ? "inet6" : "inet";
                String scope = words[i].toLowerCase(Locale.ROOT).startsWith("fe80:") ? "link"
                        : "unknown";
                facts.addresses.add(new IpAddress(family, words[i], scope, false));
            }
            state.facts.addressesShown = true;
            state.link = null;
            return true;
        }
        return false;
    }
}
