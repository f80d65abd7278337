package org.vnicconsole.agent.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.PciFacts;

/**
 * Reads {@code lspci} lines for network functions and, in {@code lspci -vvv}, the SR-IOV
 * capability (total and enabled VFs, VF offset and stride), the physical slot and the driver.
 */
final class LspciTextParser implements LineParser {

    private static final Pattern FUNCTION = Pattern.compile(
            "^((?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s+([^:]+):\\s+(.*)$");
    private static final Pattern TOTAL = Pattern.compile("Total VFs:\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("Number of VFs:\\s*(\\d+)");
    private static final Pattern OFFSET =
            Pattern.compile("VF offset:\\s*(\\d+),\\s*stride:\\s*(\\d+)");
    private static final Pattern SLOT = Pattern.compile("^\\s+Physical Slot:\\s*(\\d+)");
    private static final Pattern DRIVER = Pattern.compile("^\\s+Kernel driver in use:\\s*(\\S+)");
    /** MANA shows up as this in lspci; in a guest it is always a VF. */
    private static final String MANA = "Microsoft Corporation Device 00ba";

    @Override
    public boolean accept(String line, ParseState state) {
        Matcher function = FUNCTION.matcher(line);
        if (function.matches()) {
            String kind = function.group(2).toLowerCase(Locale.ROOT);
            state.link = null;
            state.pci = null;
            if (kind.contains("ethernet") || kind.contains("network")) {
                PciFacts pci = state.facts.pci(Tokens.pciWithDomain(function.group(1)));
                pci.description = function.group(3).trim();
                pci.virtualFunction = pci.description.contains("Virtual Function")
                        || pci.description.startsWith(MANA);
                state.pci = pci;
            }
            return true;
        }
        if (state.pci == null || !line.startsWith(" ") && !line.startsWith("\t")) {
            return false;
        }
        readCapability(line, state.pci);
        return true;
    }

    private static void readCapability(String line, PciFacts pci) {
        Matcher total = TOTAL.matcher(line);
        if (total.find()) {
            pci.totalVfs = Integer.valueOf(total.group(1));
        }
        Matcher number = NUMBER.matcher(line);
        if (number.find()) {
            pci.numVfs = Integer.valueOf(number.group(1));
        }
        Matcher offset = OFFSET.matcher(line);
        if (offset.find()) {
            pci.vfOffset = Integer.valueOf(offset.group(1));
            pci.vfStride = Integer.valueOf(offset.group(2));
        }
        Matcher slot = SLOT.matcher(line);
        if (slot.find()) {
            pci.physicalSlot = Integer.valueOf(slot.group(1));
        }
        Matcher driver = DRIVER.matcher(line);
        if (driver.find()) {
            pci.driver = driver.group(1);
        }
    }
}
