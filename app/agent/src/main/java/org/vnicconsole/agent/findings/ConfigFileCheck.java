package org.vnicconsole.agent.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.ConfigFile;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.NetvscPair;

/**
 * CONFIGURE-MASTER in configuration files: an entry that matches a slave by name, or by the MAC
 * the slaves share with their master (so it can catch the wrong device), and the exclusions that
 * keep managers off a VF, with their coverage.
 */
final class ConfigFileCheck implements Check {

    private static final String MANA = "mana";

    @Override
    public void run(CheckContext context, List<Finding> findings) {
        List<ConfigFile> files = context.facts().configFiles;
        if (files == null) {
            return;
        }
        Map<String, String> slaves = context.slaves();
        List<String> sharedMacs = context.sharedMacs();
        for (ConfigFile file : files) {
            for (ConfigEntry entry : ConfigFileParser.parse(file)) {
                if (entry.unmanaged()) {
                    checkExclusion(context, entry, findings);
                    continue;
                }
                checkMacMatch(context, entry, sharedMacs, findings);
                checkNameMatch(entry, slaves, findings);
            }
        }
    }

    private static void checkMacMatch(CheckContext context, ConfigEntry entry,
            List<String> sharedMacs, List<Finding> findings) {
        if (!entry.names().isEmpty() && !entry.label().startsWith("netplan")) {
            return;
        }
        for (String mac : entry.macs()) {
            if (sharedMacs.contains(mac) && entry.drivers().isEmpty()) {
                List<String> caught = slavesWithMac(context, mac);
                List<String> devices = new ArrayList<>(List.of(entry.file()));
                devices.addAll(caught);
                findings.add(FindingKind.CONFIG_MATCHES_SHARED_MAC.of(devices, entry.file() + " ("
                        + entry.label() + ") matches MAC " + mac + ", which the slaves "
                        + String.join(", ", caught) + " share with their master, so the "
                        + "configuration (and any rename) can apply to them."));
            }
        }
    }

    private static void checkNameMatch(ConfigEntry entry, Map<String, String> slaves,
            List<Finding> findings) {
        for (String slave : slaves.keySet()) {
            boolean named = entry.names().stream().anyMatch(glob -> globMatches(glob, slave));
            if (named) {
                findings.add(FindingKind.CONFIG_NAMES_SLAVE.of(List.of(entry.file(), slave),
                        entry.file() + " (" + entry.label() + ") configures the slave " + slave
                                + " instead of its master."));
            }
        }
    }

    private static void checkExclusion(CheckContext context, ConfigEntry entry,
            List<Finding> findings) {
        List<NetvscPair> manaVfs = context.inventory().netvscPairs().stream()
                .filter(ConfigFileCheck::isMana)
                .toList();
        boolean byDriver = !entry.drivers().isEmpty() && !entry.drivers().contains("hv_pci");
        String scope = entry.drivers().contains("hv_pci")
                ? "every network device below hv_pci (it does not test the SLAVE flag, so it "
                        + "also covers a VF that is not yet enslaved)"
                : byDriver ? "devices with driver " + String.join(", ", entry.drivers())
                : "the devices it matches";
        boolean missesMana = byDriver && !entry.drivers().contains(MANA);
        String gapNote = missesMana ? "; it does not list mana, so a MANA VF would still be "
                + "managed" : "";
        findings.add(FindingKind.VF_EXCLUSION_PRESENT.of(List.of(entry.file()), entry.file()
                + " keeps the manager off " + scope + gapNote + "."));
        if (missesMana && !manaVfs.isEmpty()) {
            List<String> devices = new ArrayList<>(List.of(entry.file()));
            manaVfs.forEach(pair -> devices.add(pair.vf()));
            findings.add(FindingKind.VF_EXCLUSION_GAP.of(devices, entry.file()
                    + " excludes drivers " + String.join(", ", entry.drivers())
                    + " but not mana, the driver of the VF here."));
        }
    }

    private static boolean isMana(NetvscPair pair) {
        return MANA.equals(pair.vfDriver().value())
                || pair.vfDescription().orElse("").startsWith("Microsoft Corporation Device 00ba");
    }

    private static List<String> slavesWithMac(CheckContext context, String mac) {
        List<String> slaves = new ArrayList<>();
        context.inventory().triplets().stream()
                .filter(triplet -> mac.equals(triplet.mac().value()))
                .forEach(triplet -> slaves.addAll(triplet.slaves()));
        context.inventory().netvscPairs().stream()
                .filter(pair -> mac.equals(pair.mac().value()))
                .forEach(pair -> slaves.add(pair.vf()));
        return slaves;
    }

    static boolean globMatches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (char character : glob.toCharArray()) {
            switch (character) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        return name.matches(regex.toString());
    }
}
