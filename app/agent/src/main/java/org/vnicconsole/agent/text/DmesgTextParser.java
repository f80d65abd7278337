package org.vnicconsole.agent.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;

/**
 * Reads kernel log lines ({@code dmesg}, with {@code [ seconds]} stamps): which driver holds a PCI
 * function, VF MACs a PF set, netvsc's VF joins and datapath switches, and device renames.
 */
final class DmesgTextParser implements LineParser {

    private static final Pattern STAMPED = Pattern.compile("^\\s*\\[\\s*\\d+\\.\\d+\\]\\s+(.*)$");
    private static final Pattern PCI_LINE = Pattern.compile(
            "^(\\S+)\\s+([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7])"
                    + "(?::|\\s+([^\\s:]+):)\\s*(.*)$");
    private static final Pattern NETVSC =
            Pattern.compile("^hv_netvsc\\s+\\S+\\s+([^\\s:]+):\\s+(.*)$");
    private static final Pattern VF_MAC = Pattern.compile(
            "setting MAC (" + Tokens.MAC + ") on VF (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAMED = Pattern.compile("renamed from (\\S+)");
    private static final Pattern JOINED = Pattern.compile("joined to (\\S+)");
    private static final Set<String> NOT_DRIVERS = Set.of("pci", "pci_bus", "hv_pci", "iommu");

    @Override
    public boolean accept(String line, ParseState state) {
        Matcher stamped = STAMPED.matcher(line);
        if (!stamped.matches()) {
            return false;
        }
        read(stamped.group(1), state);
        state.link = null;
        return true;
    }

    /** Reads one log message without its time stamp; also used for {@code trace} sections. */
    static void read(String message, ParseState state) {
        Matcher netvsc = NETVSC.matcher(message);
        if (netvsc.matches()) {
            LinkFacts synthetic = state.facts.link(netvsc.group(1));
            synthetic.driver = "hv_netvsc";
            String text = netvsc.group(2);
            if (text.startsWith("Data path switched to VF")) {
                synthetic.netvscDatapath = "vf";
            } else if (text.startsWith("Data path switched from VF")) {
                synthetic.netvscDatapath = "synthetic";
            }
            return;
        }
        Matcher pciLine = PCI_LINE.matcher(message);
        if (!pciLine.matches()) {
            return;
        }
        String driver = pciLine.group(1);
        String address = pciLine.group(2);
        String netdev = pciLine.group(3);
        String text = pciLine.group(4);
        if (!NOT_DRIVERS.contains(driver)) {
            state.facts.pci(address).driver = driver;
        }
        Matcher renamed = RENAMED.matcher(text);
        if (netdev != null && renamed.find()) {
            state.facts.rename(renamed.group(1), netdev);
        }
        if (netdev != null && !NOT_DRIVERS.contains(driver)) {
            LinkFacts link = state.facts.link(netdev);
            link.pciAddress = address;
            link.driver = driver;
            Matcher joined = JOINED.matcher(text);
            if (joined.find()) {
                link.joinedTo = joined.group(1);
            }
        }
        Matcher vfMac = VF_MAC.matcher(text);
        if (vfMac.find()) {
            state.vfMacEvents.add(new String[] {
                address, vfMac.group(2), vfMac.group(1).toLowerCase(Locale.ROOT)});
        }
    }
}
