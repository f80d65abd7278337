package org.vnicconsole.agent.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vnicconsole.agent.inventory.Route;

/**
 * Everything the readers gathered from one input before it is interpreted: devices, PCI
 * functions, routes, configuration files and what could not be read. Readers fill it on one
 * thread; the inspector then only reads it.
 */
public final class MachineFacts {

    private final Map<String, LinkFacts> links = new LinkedHashMap<>();
    private final Map<String, PciFacts> pci = new LinkedHashMap<>();
    private final List<String> limitations = new ArrayList<>();
    private List<LinkFacts> linkList;
    private Map<String, LinkFacts> byPci;
    /** Routes; null when the input had none to read. */
    public List<Route> routes;
    /** Config files; null when the input could not show them. */
    public List<ConfigFile> configFiles;
    /** Whether the addresses of devices were part of the input at all. */
    public boolean addressesShown;
    /**
     * Whether sysfs was read, so that a PCI device without {@code sriov_totalvfs} is known not to
     * be SR-IOV capable rather than merely not shown.
     */
    public boolean sriovFilesRead;
    /** Whether the input could be read at all. */
    public boolean readable = true;

    /** The device with this name, created on first use. */
    public LinkFacts link(String name) {
        LinkFacts existing = links.get(name);
        if (existing != null) {
            return existing;
        }
        linkList = null;
        byPci = null;
        return links.computeIfAbsent(name, LinkFacts::new);
    }

    /** The device with this name, or null. */
    public LinkFacts existingLink(String name) {
        return links.get(name);
    }

    /** Renames a device, merging what was learned under its old name into the new one. */
    public void rename(String from, String to) {
        LinkFacts old = links.remove(from);
        if (old == null) {
            return;
        }
        linkList = null;
        byPci = null;
        LinkFacts renamed = link(to);
        copy(old, renamed);
        renamed.renamedFrom = from;
    }

    /** All devices, in the order first seen; a view that later additions do not change. */
    public List<LinkFacts> links() {
        if (linkList == null) {
            linkList = List.copyOf(links.values());
        }
        return linkList;
    }

    /** The device whose PCI function is at this address, or null. */
    public LinkFacts linkAt(String pciAddress) {
        if (byPci == null) {
            byPci = new java.util.HashMap<>();
            for (LinkFacts link : links()) {
                if (link.pciAddress != null) {
                    byPci.putIfAbsent(link.pciAddress, link);
                }
            }
        }
        return byPci.get(pciAddress);
    }

    /** The PCI function at this address, created on first use. */
    public PciFacts pci(String address) {
        return pci.computeIfAbsent(address, PciFacts::new);
    }

    /** The PCI function at this address, or null. */
    public PciFacts existingPci(String address) {
        return pci.get(address);
    }

    /** All PCI functions, in the order first seen. */
    public List<PciFacts> pciFunctions() {
        return List.copyOf(pci.values());
    }

    /** Records, once, something the input did not allow to know. */
    public void limitation(String sentence) {
        if (!limitations.contains(sentence)) {
            limitations.add(sentence);
        }
    }

    /** What could not be known. */
    public List<String> limitations() {
        return List.copyOf(limitations);
    }

    private static void copy(LinkFacts from, LinkFacts to) {
        to.ifindex = either(to.ifindex, from.ifindex);
        to.mac = either(to.mac, from.mac);
        to.flags = either(to.flags, from.flags);
        to.mtu = either(to.mtu, from.mtu);
        to.qdisc = either(to.qdisc, from.qdisc);
        to.operState = either(to.operState, from.operState);
        to.master = either(to.master, from.master);
        to.driver = either(to.driver, from.driver);
        to.pciAddress = either(to.pciAddress, from.pciAddress);
        to.description = either(to.description, from.description);
        to.joinedTo = either(to.joinedTo, from.joinedTo);
        to.addresses = either(to.addresses, from.addresses);
    }

    private static <T> T either(T kept, T fallback) {
        return kept != null ? kept : fallback;
    }
}
