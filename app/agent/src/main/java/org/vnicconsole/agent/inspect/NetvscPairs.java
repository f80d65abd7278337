package org.vnicconsole.agent.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.NetvscPair;

/**
 * Builds the hv_netvsc pair of a VF: finds its synthetic device (the master, the device it
 * joined in the log, or the one other device with its MAC), says how it was recognised and
 * which device carries traffic. Stateless.
 */
final class NetvscPairs {

    private NetvscPairs() {
    }

    static NetvscPair pair(LinkFacts vf, MachineFacts facts) {
        List<String> evidence = new ArrayList<>();
        if (vf.hasFlag("SLAVE")) {
            evidence.add("SLAVE flag");
        }
        if (Boolean.TRUE.equals(vf.hvPci)) {
            evidence.add("PCI function under VMBus (hv_pci)");
        }
        LinkFacts synthetic = null;
        if (vf.hasMaster()) {
            synthetic = facts.existingLink(vf.master);
            evidence.add("master " + vf.master);
        } else if (!vf.uppers.isEmpty()) {
            synthetic = facts.existingLink(vf.uppers.get(0));
            evidence.add("upper link to " + vf.uppers.get(0) + " (older kernels link no master)");
        } else if (vf.joinedTo != null) {
            synthetic = facts.existingLink(vf.joinedTo);
            evidence.add("kernel log: joined to " + vf.joinedTo);
        }
        if (synthetic == null && vf.mac != null) {
            synthetic = facts.links().stream()
                    .filter(other -> other != vf && vf.mac.equals(other.mac))
                    .min((left, right) -> Boolean.compare(!"hv_netvsc".equals(left.driver),
                            !"hv_netvsc".equals(right.driver)))
                    .orElse(null);
            if (synthetic != null) {
                evidence.add("same MAC as " + synthetic.name);
            }
        }
        if (synthetic == null) {
            synthetic = onlyOtherEthernet(vf, facts);
            if (synthetic != null) {
                evidence.add(synthetic.name + " inferred: the only other Ethernet device");
            }
        }
        if (vf.renamedFrom != null) {
            evidence.add("VF renamed from " + vf.renamedFrom);
        }
        if (synthetic != null && Boolean.TRUE.equals(synthetic.vfCountersNonZero)) {
            evidence.add("vf_* counters on " + synthetic.name + " are non-zero");
        }
        return new NetvscPair(Known.of(synthetic == null ? null : synthetic.name), vf.name,
                Known.of(vf.mac != null ? vf.mac : synthetic == null ? null : synthetic.mac),
                Known.of(vf.pciAddress), Known.of(vf.driver), Known.of(vf.description),
                Known.of(datapath(vf, synthetic)), String.join("; ", evidence));
    }

    private static String datapath(LinkFacts vf, LinkFacts synthetic) {
        if (synthetic != null && synthetic.netvscDatapath != null) {
            return synthetic.netvscDatapath;
        }
        if (vf.flags != null && vf.hasMaster()) {
            return vf.isUpWithCarrier() ? "vf" : "synthetic";
        }
        return null;
    }

    private static LinkFacts onlyOtherEthernet(LinkFacts vf, MachineFacts facts) {
        List<LinkFacts> others = facts.links().stream()
                .filter(other -> other != vf && !Boolean.TRUE.equals(other.hvPci))
                .filter(other -> Objects.equals("ethernet", other.nmType)
                        || other.mac != null && !other.hasFlag("LOOPBACK"))
                .toList();
        return others.size() == 1 ? others.get(0) : null;
    }
}
