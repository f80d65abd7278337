package org.vnicconsole.agent.text;

import java.util.List;
import java.util.Objects;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.PciFacts;
import org.vnicconsole.agent.facts.VfFacts;
import org.vnicconsole.agent.inspect.PredictableNames;

/**
 * Joins what separate outputs of one paste say about the same device: a netdev to its PCI
 * function (by {@code parentdev}, the kernel log, the udev database, a PF's VF MACs in the log,
 * or the PCI location systemd's predictable name encodes), and the driver and lspci description
 * of that function. Then records what the paste did not show.
 */
final class TextFactsLinker {

    private final ParseState state;
    private final MachineFacts facts;

    TextFactsLinker(ParseState state) {
        this.state = state;
        this.facts = state.facts;
    }

    void link() {
        for (String[] event : state.vfMacEvents) {
            linkPfByVfMac(event[0], Integer.parseInt(event[1]), event[2]);
        }
        for (LinkFacts link : facts.links()) {
            if (link.pciAddress == null) {
                link.pciAddress = PredictableNames.pciAddress(link.name, facts);
            }
            PciFacts pci = link.pciAddress == null ? null : facts.existingPci(link.pciAddress);
            if (pci != null) {
                link.driver = link.driver != null ? link.driver : pci.driver;
                link.description = link.description != null ? link.description : pci.description;
                if (Boolean.TRUE.equals(pci.virtualFunction) && link.physfn == null) {
                    link.description = link.description == null ? "Virtual Function"
                            : link.description;
                }
            }
        }
        recordLimitations();
    }

    private void linkPfByVfMac(String pfAddress, int index, String mac) {
        for (LinkFacts link : facts.links()) {
            List<VfFacts> vfs = link.vfs == null ? List.of() : link.vfs;
            boolean match = vfs.stream()
                    .anyMatch(vf -> vf.index == index && Objects.equals(mac, vf.mac));
            if (match && link.pciAddress == null) {
                link.pciAddress = pfAddress;
            }
        }
    }

    private void recordLimitations() {
        if (!facts.addressesShown) {
            facts.limitation("the input shows no addresses, so addresses on slaves could not "
                    + "be checked");
        }
        if (facts.routes == null) {
            facts.limitation("the input shows no routes, so routes on slaves could not be "
                    + "checked");
        }
        if (facts.configFiles == null) {
            facts.limitation("the input shows no network configuration files, so they could "
                    + "not be checked");
        }
        boolean anyDriver = facts.links().stream().anyMatch(link -> link.driver != null);
        if (!facts.links().isEmpty() && !anyDriver) {
            facts.limitation("the input shows no drivers");
        }
        boolean anyMasterRelation = facts.links().stream().anyMatch(link -> link.master != null);
        if (!facts.links().isEmpty() && !anyMasterRelation) {
            facts.limitation("the input shows no master relations (ip link shows them; "
                    + "ifconfig and nmcli do not)");
        }
        for (LinkFacts link : facts.links()) {
            if (link.vfs != null && link.totalVfs == null && pciTotal(link) == null) {
                facts.limitation(link.name + ": the most VFs the PF can enable (sriov_totalvfs) "
                        + "is not shown");
            }
        }
        if (facts.links().isEmpty() && facts.configFiles == null) {
            facts.readable = false;
            facts.limitation("no device listing was recognised in the input");
        }
    }

    private Integer pciTotal(LinkFacts link) {
        PciFacts pci = link.pciAddress == null ? null : facts.existingPci(link.pciAddress);
        return pci == null ? null : pci.totalVfs;
    }
}
