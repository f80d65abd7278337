package org.vnicconsole.agent.inspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.PciFacts;
import org.vnicconsole.agent.facts.VfFacts;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VirtualFunction;

/**
 * Assembles PFs and their VF pools from the facts: which devices are PFs, how many VFs each can
 * have and has enabled, and for each VF its PCI function, netdev, driver and the PF's policy for
 * it. One instance per inspection.
 */
final class PoolBuilder {

    private final MachineFacts facts;
    private final Set<String> usedPci = new HashSet<>();
    private final Set<String> pfNames = new HashSet<>();
    private final Set<String> vfNames = new HashSet<>();

    PoolBuilder(MachineFacts facts) {
        this.facts = facts;
    }

    List<PhysicalFunction> build() {
        List<PhysicalFunction> pools = new ArrayList<>();
        for (LinkFacts link : facts.links()) {
            PciFacts pci = pciOf(link.pciAddress);
            if (hasSriovEvidence(link, pci) || isPhysicalFunctionShownByLspci(link, pci)) {
                pools.add(pool(link, pci));
                pfNames.add(link.name);
                if (link.pciAddress != null) {
                    usedPci.add(link.pciAddress);
                }
            }
        }
        for (PciFacts pci : facts.pciFunctions()) {
            if (!usedPci.contains(pci.address) && pci.totalVfs != null && pci.physfn == null) {
                pools.add(pool(null, pci));
                usedPci.add(pci.address);
            }
        }
        return pools;
    }

    Set<String> pfNames() {
        return pfNames;
    }

    Set<String> vfNames() {
        return vfNames;
    }

    Set<String> usedPci() {
        return usedPci;
    }

    private boolean hasSriovEvidence(LinkFacts link, PciFacts pci) {
        boolean fromLink = link.sriovFilePresent || link.totalVfs != null
                || link.numVfs != null || link.vfs != null
                || !link.virtfns.isEmpty();
        boolean fromPci = pci != null && (pci.totalVfs != null || pci.numVfs != null
                || !pci.virtfns.isEmpty());
        return fromLink || fromPci;
    }

    private boolean isPhysicalFunctionShownByLspci(LinkFacts link, PciFacts pci) {
        return !facts.sriovFilesRead && pci != null && pci.description != null
                && !Boolean.TRUE.equals(pci.virtualFunction) && link.physfn == null
                && !Boolean.TRUE.equals(link.hvPci);
    }

    private PhysicalFunction pool(LinkFacts link, PciFacts pci) {
        Map<Integer, VirtualFunction> vfs = new TreeMap<>();
        List<VfFacts> listed = link == null || link.vfs == null ? List.of() : link.vfs;
        Map<Integer, String> virtfns = new TreeMap<>(pci == null ? Map.of() : pci.virtfns);
        if (link != null) {
            virtfns.putAll(link.virtfns);
        }
        Map<Integer, LinkFacts> named = virtfns.isEmpty() && link != null
                ? netdevsNamedAfter(link) : Map.of();
        Set<Integer> indices = new java.util.TreeSet<>(virtfns.keySet());
        listed.forEach(vf -> indices.add(vf.index));
        indices.addAll(named.keySet());
        for (int index : indices) {
            VfFacts shown = listed.stream().filter(vf -> vf.index == index).findFirst()
                    .orElse(null);
            String vfPci = virtfns.get(index);
            if (vfPci == null && named.containsKey(index)) {
                vfPci = named.get(index).pciAddress;
            }
            if (vfPci == null) {
                vfPci = VfAddresses.derive(link, pci, index);
            }
            vfs.put(index, virtualFunction(index, vfPci, named.get(index), shown));
        }
        Integer sysfsEnabled = link == null ? null : link.numVfs;
        Integer enabled = sysfsEnabled != null ? sysfsEnabled
                : link != null && link.vfs != null ? Integer.valueOf(link.vfs.size())
                : pci != null && pci.numVfs != null ? pci.numVfs
                : virtfns.isEmpty() ? null : Integer.valueOf(virtfns.size());
        Integer total = link != null && link.totalVfs != null ? link.totalVfs
                : pci == null ? null : pci.totalVfs;
        boolean truncated = link != null && link.vfs != null && sysfsEnabled != null
                && link.vfs.size() < sysfsEnabled;
        boolean evidence = link == null || hasSriovEvidence(link, pci);
        Known<Boolean> capable = evidence ? Known.of(true)
                : facts.sriovFilesRead ? Known.of(false) : Known.unknown();
        return new PhysicalFunction(
                Known.of(link == null ? null : link.name),
                Known.of(link != null && link.pciAddress != null ? link.pciAddress
                        : pci == null ? null : pci.address),
                Known.of(link != null && link.driver != null ? link.driver
                        : pci == null ? null : pci.driver),
                Known.of(pci != null && pci.description != null ? pci.description
                        : link == null ? null : link.description),
                capable, Known.of(total), Known.of(enabled), List.copyOf(vfs.values()),
                truncated,
                Known.of(link == null || link.master == null || link.master.isEmpty() ? null
                        : link.master),
                Known.of(link == null ? null : link.stats));
    }

    private Map<Integer, LinkFacts> netdevsNamedAfter(LinkFacts pf) {
        Map<Integer, LinkFacts> named = new TreeMap<>();
        for (LinkFacts other : facts.links()) {
            Integer index = other == pf ? null : PredictableNames.vfIndex(pf.name, other.name);
            if (index != null) {
                named.put(index, other);
            }
        }
        return named;
    }

    private VirtualFunction virtualFunction(int index, String vfPci, LinkFacts namedNetdev,
            VfFacts shown) {
        LinkFacts netdev = namedNetdev != null ? namedNetdev : netdevAt(vfPci);
        PciFacts pci = pciOf(vfPci);
        if (vfPci != null) {
            usedPci.add(vfPci);
        }
        if (netdev != null) {
            vfNames.add(netdev.name);
        }
        String driver = pci != null && pci.driver != null ? pci.driver
                : netdev == null ? null : netdev.driver;
        Integer iommu = pci != null && pci.iommuGroup != null ? pci.iommuGroup
                : netdev == null ? null : netdev.iommuGroup;
        VfFacts attributes = shown == null ? new VfFacts(index) : shown;
        return new VirtualFunction(index, Known.of(vfPci),
                Known.of(netdev == null ? null : netdev.name), Known.of(driver),
                Known.of(attributes.mac), Known.of(attributes.vlan), Known.of(attributes.qos),
                Known.of(attributes.vlanProtocol), Known.of(attributes.txRate),
                Known.of(attributes.maxTxRate), Known.of(attributes.minTxRate),
                Known.of(attributes.spoofCheck), Known.of(attributes.trust),
                Known.of(attributes.linkState), Known.of(attributes.queryRss), Known.of(iommu),
                Known.of(attributes.stats));
    }

    private LinkFacts netdevAt(String pciAddress) {
        return pciAddress == null ? null : facts.linkAt(pciAddress);
    }

    private PciFacts pciOf(String address) {
        return address == null ? null : facts.existingPci(address);
    }
}
