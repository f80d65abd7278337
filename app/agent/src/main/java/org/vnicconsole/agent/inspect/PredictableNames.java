package org.vnicconsole.agent.inspect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.PciFacts;

/**
 * What systemd's predictable interface names say about a device's PCI location
 * ({@code systemd.net-naming-scheme(7)}): {@code enP<domain>p<bus>s<slot>f<fn>},
 * {@code enp<bus>s<slot>f<fn>}, {@code ens<hotplug slot>f<fn>}, and {@code <pf>v<N>} for VF N of
 * a PF. Names are only a hint: a location is given only when the input shows a PCI function
 * there, and a VF index only when no {@code virtfn} links say otherwise. Stateless.
 */
public final class PredictableNames {

    private static final Pattern PATH_NAME = Pattern.compile(
            "^en(?:P(\\d{1,5}))?p(\\d{1,5})s(\\d{1,5})(?:f(\\d{1,5}))?(?:n\\w+|d\\d+)?$");
    private static final Pattern DOMAIN_SLOT_NAME =
            Pattern.compile("^enP(\\d{1,5})s(\\d{1,5}).*$");
    private static final Pattern SLOT_NAME =
            Pattern.compile("^ens(\\d{1,5})(?:f(\\d{1,5}))?(?:n\\w+)?$");
    private static final Pattern PORT_SUFFIX = Pattern.compile("n(?:p?\\d+)$");

    private PredictableNames() {
    }

    /** The PCI address the name points at, if the input shows a function there; else null. */
    public static String pciAddress(String name, MachineFacts facts) {
        Matcher path = PATH_NAME.matcher(name);
        if (path.matches()) {
            String address = String.format("%04x:%02x:%02x.%x", parse(path.group(1)),
                    parse(path.group(2)), parse(path.group(3)), parse(path.group(4)));
            return facts.existingPci(address) != null ? address : null;
        }
        Matcher domainSlot = DOMAIN_SLOT_NAME.matcher(name);
        if (domainSlot.matches()) {
            String domain = String.format("%04x:", parse(domainSlot.group(1)));
            List<PciFacts> inDomain = facts.pciFunctions().stream()
                    .filter(pci -> pci.address.startsWith(domain))
                    .toList();
            return inDomain.size() == 1 ? inDomain.get(0).address : null;
        }
        Matcher slot = SLOT_NAME.matcher(name);
        if (slot.matches()) {
            int hotplugSlot = parse(slot.group(1));
            String function = "." + parse(slot.group(2));
            List<PciFacts> inSlot = facts.pciFunctions().stream()
                    .filter(pci -> pci.physicalSlot != null && pci.physicalSlot == hotplugSlot)
                    .filter(pci -> pci.address.endsWith(function))
                    .toList();
            return inSlot.size() == 1 ? inSlot.get(0).address : null;
        }
        return null;
    }

    /** The VF index a VF netdev's name gives under this PF's name ({@code enp1s0f1v3}), or null. */
    public static Integer vfIndex(String pfName, String vfName) {
        String base = PORT_SUFFIX.matcher(pfName).replaceFirst("");
        if (!vfName.startsWith(base + "v")) {
            return null;
        }
        String digits = vfName.substring(base.length() + 1);
        return digits.matches("\\d{1,4}") ? Integer.valueOf(digits) : null;
    }

    private static int parse(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
