package org.vnicconsole.agent.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.PciFacts;

/**
 * Reads the {@code sysfs} and {@code state} sections of a ticket paste: {@code PATH -> CONTENT}
 * for a file's content ({@code ?} when it was not shown), {@code PATH => TARGET} for a link, and
 * {@code NAME key=value} for roles stated in words.
 */
final class SnapshotSectionParser {

    private static final Pattern FILE = Pattern.compile("^\\s*(/\\S+)\\s+->\\s*(.*)$");
    private static final Pattern LINK = Pattern.compile("^\\s*(/\\S+)\\s+=>\\s*(\\S+)\\s*$");
    private static final Pattern CLASS_NET = Pattern.compile("^/sys/class/net/([^/]+)(?:/(.+))?$");
    private static final Pattern PCI =
            Pattern.compile("[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]");
    private static final Pattern IOMMU = Pattern.compile(
            "^/sys/kernel/iommu_groups/(\\d+)/devices/(\\S+)$");
    private static final Pattern STATE = Pattern.compile("^(\\S+)\\s+(\\w+)=(\\w+).*$");

    void sysfsLine(String line, ParseState state) {
        Matcher file = FILE.matcher(line);
        if (file.matches()) {
            String content = file.group(2).trim();
            if (!"?".equals(content)) {
                fileContent(file.group(1), content, state);
            }
            return;
        }
        Matcher link = LINK.matcher(line);
        if (link.matches()) {
            linkTarget(link.group(1), link.group(2), state);
        }
    }

    void stateLine(String line, ParseState state) {
        Matcher stated = STATE.matcher(line.trim());
        if (stated.matches() && "netfail".equals(stated.group(2))) {
            state.facts.link(stated.group(1)).statedRole = stated.group(3);
        }
    }

    private static void fileContent(String path, String content, ParseState state) {
        Matcher classNet = CLASS_NET.matcher(path);
        String attribute = classNet.matches() ? classNet.group(2) : null;
        if (attribute != null) {
            LinkFacts link = state.facts.link(classNet.group(1));
            switch (attribute) {
                case "address" -> link.mac = content.toLowerCase(Locale.ROOT);
                case "carrier" -> link.carrier = Tokens.toInt(content);
                case "operstate" -> link.operState = content.toUpperCase(Locale.ROOT);
                case "mtu" -> link.mtu = Tokens.toInt(content);
                case "phys_port_name" -> link.physPortName = content;
                case "device/sriov_numvfs" -> link.numVfs = Tokens.toInt(content);
                case "device/sriov_totalvfs" -> link.totalVfs = Tokens.toInt(content);
                default -> { }
            }
            return;
        }
        String pciAddress = lastPci(path);
        if (pciAddress == null) {
            return;
        }
        PciFacts pci = state.facts.pci(pciAddress);
        if (path.endsWith("/sriov_numvfs")) {
            pci.numVfs = Tokens.toInt(content);
        } else if (path.endsWith("/sriov_totalvfs")) {
            pci.totalVfs = Tokens.toInt(content);
        }
    }

    private static void linkTarget(String path, String target, ParseState state) {
        Matcher iommu = IOMMU.matcher(path);
        if (iommu.matches()) {
            state.facts.pci(iommu.group(2)).iommuGroup = Integer.valueOf(iommu.group(1));
            return;
        }
        Matcher classNet = CLASS_NET.matcher(path);
        if (!classNet.matches()) {
            return;
        }
        LinkFacts link = state.facts.link(classNet.group(1));
        String attribute = classNet.group(2);
        String targetName = target.substring(target.lastIndexOf('/') + 1);
        if (attribute == null) {
            link.pciAddress = lastPci(target);
            link.parentPath = target.contains("/net/")
                    ? target.substring(0, target.lastIndexOf("/net/")) : null;
            if (target.contains("/virtual/")) {
                link.kind = link.kind == null ? "" : link.kind;
            }
        } else if ("master".equals(attribute)) {
            link.master = targetName;
        } else if ("device/physfn".equals(attribute)) {
            link.physfn = targetName;
        } else if (attribute.startsWith("device/virtfn")) {
            Integer index = Tokens.toInt(attribute.substring("device/virtfn".length()));
            if (index != null) {
                link.virtfns.put(index, targetName);
            }
        }
    }

    private static String lastPci(String path) {
        Matcher pci = PCI.matcher(path);
        String last = null;
        while (pci.find()) {
            last = pci.group();
        }
        return last;
    }
}
