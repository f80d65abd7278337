package org.vnicconsole.agent.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VirtualFunction;

/**
 * PF-PRIVATE, MAC-UNIQUE and HOST-VF on the host side: VFs with spoof checking off or trust on
 * (informational), VFs sharing an administrative MAC, a VF list the kernel cut short, and a PF
 * with fewer VFs enabled than the fleet expects.
 */
final class VfPolicyCheck implements Check {

    @Override
    public void run(CheckContext context, List<Finding> findings) {
        for (PhysicalFunction pf : context.inventory().physicalFunctions()) {
            flagVfs(pf, vf -> Boolean.FALSE.equals(vf.spoofCheck().value()),
                    FindingKind.VF_SPOOFCHECK_OFF, "spoof checking off", findings);
            flagVfs(pf, vf -> Boolean.TRUE.equals(vf.trust().value()),
                    FindingKind.VF_TRUST_ON, "trust on", findings);
            duplicateMacs(pf, findings);
            if (pf.vfListTruncated()) {
                findings.add(FindingKind.VF_LIST_TRUNCATED.of(List.of(pf.label()), pf.label()
                        + " has " + pf.enabledVfs().display() + " VFs enabled but netlink listed "
                        + countListed(pf) + "; attributes of the rest are unknown."));
            }
            expectedCount(context, pf, findings);
        }
    }

    private static void flagVfs(PhysicalFunction pf, Predicate<VirtualFunction> test,
            FindingKind kind, String what, List<Finding> findings) {
        List<Integer> indices = pf.vfs().stream().filter(test).map(VirtualFunction::index)
                .toList();
        if (!indices.isEmpty()) {
            findings.add(kind.of(List.of(pf.label()), pf.label() + ": " + what + " on VF "
                    + ranges(indices) + "."));
        }
    }

    private static void duplicateMacs(PhysicalFunction pf, List<Finding> findings) {
        Map<String, List<Integer>> byMac = new LinkedHashMap<>();
        for (VirtualFunction vf : pf.vfs()) {
            if (vf.hasAdminMac()) {
                byMac.computeIfAbsent(vf.mac().value(), mac -> new ArrayList<>()).add(vf.index());
            }
        }
        byMac.forEach((mac, indices) -> {
            if (indices.size() > 1) {
                findings.add(FindingKind.VF_DUPLICATE_MAC.of(List.of(pf.label()), pf.label()
                        + ": VFs " + ranges(indices) + " share the administrative MAC " + mac
                        + "."));
            }
        });
    }

    private static void expectedCount(CheckContext context, PhysicalFunction pf,
            List<Finding> findings) {
        if (context.expectedVfs().isEmpty() || !Boolean.TRUE.equals(pf.sriovCapable().value())) {
            return;
        }
        int expected = context.expectedVfs().getAsInt();
        if (!pf.enabledVfs().isKnown()) {
            context.facts().limitation(pf.label() + ": the number of enabled VFs is unknown, "
                    + "so it could not be compared with the " + expected + " expected");
            return;
        }
        if (pf.enabledVfs().value() < expected) {
            findings.add(FindingKind.PF_FEWER_VFS.of(List.of(pf.label()), pf.label() + " has "
                    + pf.enabledVfs().value() + " VFs enabled; the fleet expects " + expected
                    + "."));
        }
    }

    private static int countListed(PhysicalFunction pf) {
        return (int) pf.vfs().stream().filter(vf -> vf.spoofCheck().isKnown()
                || vf.mac().isKnown()).count();
    }

    /** Indices as ranges: {@code 0-7}, {@code 1, 3, 5-6}. */
    static String ranges(List<Integer> indices) {
        List<String> parts = new ArrayList<>();
        int start = indices.get(0);
        int previous = start;
        for (int i = 1; i <= indices.size(); i++) {
            Integer current = i < indices.size() ? indices.get(i) : null;
            if (current == null || current != previous + 1) {
                parts.add(start == previous ? String.valueOf(start) : start + "-" + previous);
                if (current != null) {
                    start = current;
                }
            }
            if (current != null) {
                previous = current;
            }
        }
        return String.join(", ", parts);
    }
}
