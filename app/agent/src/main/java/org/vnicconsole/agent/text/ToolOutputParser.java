package org.vnicconsole.agent.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;

/**
 * Reads the outputs of {@code nmcli dev} (device table), {@code udevadm info} (udev database of
 * one device) and {@code ethtool -S} (hv_netvsc's {@code vf_*} counters).
 */
final class ToolOutputParser implements LineParser {

    private static final Pattern NMCLI_HEADER =
            Pattern.compile("^DEVICE\\s+TYPE\\s+STATE\\s+CONNECTION\\s*$");
    private static final Pattern UDEV_PATH = Pattern.compile("^P:\\s+(\\S+)$");
    private static final Pattern UDEV_PROPERTY = Pattern.compile("^E:\\s+([A-Z0-9_]+)=(.*)$");
    private static final Pattern UDEV_OTHER = Pattern.compile("^[MRUISLNQV]:\\s.*$");
    private static final Pattern PCI = Pattern.compile(
            "([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7])/net/");
    private static final Pattern VF_COUNTER =
            Pattern.compile("^\\s*vf_(rx|tx)_\\w+:\\s*(\\d+)\\s*$");

    @Override
    public boolean accept(String line, ParseState state) {
        if (NMCLI_HEADER.matcher(line).matches()) {
            state.tableHeader = new String[] {"DEVICE", "TYPE", "STATE", "CONNECTION"};
            return true;
        }
        if (state.tableHeader != null) {
            return readNmcliRow(line, state);
        }
        if (readUdev(line, state)) {
            return true;
        }
        Matcher counter = VF_COUNTER.matcher(line);
        if (counter.matches() && state.commandHas("-S")) {
            String device = ethtoolDevice(state.command);
            if (device != null) {
                LinkFacts link = state.facts.link(device);
                boolean nonZero = Long.parseLong(counter.group(2)) > 0;
                link.vfCountersNonZero = Boolean.TRUE.equals(link.vfCountersNonZero) || nonZero;
            }
            return true;
        }
        return line.trim().equals("NIC statistics:");
    }

    private static boolean readNmcliRow(String line, ParseState state) {
        String[] cells = line.trim().split("\\s{2,}");
        if (cells.length < 4) {
            state.tableHeader = null;
            return false;
        }
        LinkFacts link = state.facts.link(cells[0]);
        link.nmType = cells[1];
        link.nmState = cells[2];
        link.nmConnection = "--".equals(cells[3]) ? null : cells[3];
        return true;
    }

    private static boolean readUdev(String line, ParseState state) {
        Matcher path = UDEV_PATH.matcher(line);
        if (path.matches() && path.group(1).contains("/net/")) {
            String devicePath = path.group(1);
            String name = devicePath.substring(devicePath.lastIndexOf('/') + 1);
            LinkFacts link = state.facts.link(name);
            link.parentPath = devicePath.substring(0, devicePath.lastIndexOf("/net/"));
            Matcher pci = PCI.matcher(devicePath);
            boolean pciParent = pci.find();
            if (pciParent) {
                link.pciAddress = pci.group(1);
            }
            link.hvPci = pciParent && devicePath.contains("/VMBUS:");
            state.udevLink = link;
            return true;
        }
        if (state.udevLink == null) {
            return false;
        }
        Matcher property = UDEV_PROPERTY.matcher(line);
        if (property.matches()) {
            LinkFacts link = state.udevLink;
            link.udev.put(property.group(1), property.group(2));
            switch (property.group(1)) {
                case "ID_NET_DRIVER" -> link.driver = property.group(2);
                case "ID_MODEL_FROM_DATABASE" -> link.description = property.group(2);
                default -> { }
            }
            return true;
        }
        return UDEV_OTHER.matcher(line).matches();
    }

    private static String ethtoolDevice(String command) {
        String[] words = command.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if ("-S".equals(words[i]) || "--statistics".equals(words[i])) {
                return words[i + 1];
            }
        }
        return null;
    }
}
