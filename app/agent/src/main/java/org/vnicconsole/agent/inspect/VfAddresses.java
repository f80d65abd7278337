package org.vnicconsole.agent.inspect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.PciFacts;

/**
 * Derives a VF's PCI address from its PF's SR-IOV capability: the VF's routing id is the PF's
 * plus the VF offset plus the stride times the VF index (PCIe SR-IOV specification, section
 * 3.3.10; {@code lspci -vvv} shows offset and stride). Stateless.
 */
final class VfAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "^([0-9a-f]{4}):([0-9a-f]{2}):([0-9a-f]{2})\\.([0-7])$");

    private VfAddresses() {
    }

    /** The VF's address, or null when the PF's address, offset or stride is not known. */
    static String derive(LinkFacts pf, PciFacts pci, int index) {
        String address = pf != null && pf.pciAddress != null ? pf.pciAddress
                : pci == null ? null : pci.address;
        Integer offset = pci == null ? null : pci.vfOffset;
        Integer stride = pci == null ? null : pci.vfStride;
        if (address == null || offset == null || stride == null) {
            return null;
        }
        Matcher parts = ADDRESS.matcher(address);
        if (!parts.matches()) {
            return null;
        }
        int routingId = Integer.parseInt(parts.group(2), 16) << 8
                | Integer.parseInt(parts.group(3), 16) << 3
                | Integer.parseInt(parts.group(4));
        int vfId = routingId + offset + stride * index;
        if (vfId > 0xffff) {
            return null;
        }
        return String.format("%s:%02x:%02x.%x", parts.group(1), vfId >> 8, (vfId >> 3) & 0x1f,
                vfId & 7);
    }
}
