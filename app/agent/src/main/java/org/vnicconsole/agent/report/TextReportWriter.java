package org.vnicconsole.agent.report;

import java.util.List;
import java.util.stream.Collectors;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Device;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.inventory.IpAddress;
import org.vnicconsole.agent.inventory.NetvscPair;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VirtualFunction;

/**
 * Writes a report for people: a tree of PFs and their VFs, the triplets and netvsc pairs, every
 * device, then the findings and what could not be known. Stateless.
 */
public final class TextReportWriter {

    /** The report as text, lines ending in {@code \n}. */
    public String write(AgentReport report) {
        StringBuilder out = new StringBuilder();
        Inventory inventory = report.inventory();
        out.append("vNIC agent report (").append(report.sourceKind()).append(": ")
                .append(report.sourceLocation()).append(")\n");
        if (!report.readable()) {
            out.append("\nCould not read the input.\n");
        }
        writePools(inventory, where(report.sourceKind()), out);
        writeTriplets(inventory.triplets(), out);
        writePairs(inventory.netvscPairs(), out);
        writeDevices(inventory.devices(), out);
        writeOtherPci(inventory, out);
        writeFindings(report.findings(), out);
        if (!report.limitations().isEmpty()) {
            out.append("\nCould not know\n");
            report.limitations().forEach(line -> out.append("  - ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String where(String sourceKind) {
        return switch (sourceKind) {
            case "live" -> "on this machine";
            case "snapshot" -> "in this snapshot";
            default -> "in this input";
        };
    }

    private static void writePools(Inventory inventory, String where, StringBuilder out) {
        out.append("\nPhysical functions (SR-IOV)\n");
        if (inventory.physicalFunctions().isEmpty()) {
            out.append("  No SR-IOV adapter (PF) was found ").append(where).append(".\n");
        }
        for (PhysicalFunction pf : inventory.physicalFunctions()) {
            out.append("  ").append(pf.name().display()).append("  pci ")
                    .append(pf.pciAddress().display()).append("  driver ")
                    .append(pf.driver().display()).append("  SR-IOV ")
                    .append(pf.sriovCapable().map(capable -> capable ? "yes" : "no").display())
                    .append("  VFs enabled ").append(pf.enabledVfs().display()).append(" of ")
                    .append(pf.totalVfs().display());
            pf.master().map(master -> out.append("  master ").append(master));
            if (pf.vfListTruncated()) {
                out.append("  (netlink VF list truncated)");
            }
            out.append('\n');
            pf.description().map(text -> out.append("    ").append(text).append('\n'));
            for (VirtualFunction vf : pf.vfs()) {
                out.append("    vf ").append(vf.index()).append("  pci ")
                        .append(vf.pciAddress().display()).append("  netdev ")
                        .append(vf.netdev().display()).append("  driver ")
                        .append(vf.driver().display()).append("  mac ")
                        .append(vf.mac().display()).append("  vlan ").append(vf.vlan().display())
                        .append("  max/min Mbps ").append(vf.maxTxRate().display()).append('/')
                        .append(vf.minTxRate().display()).append("  spoofchk ")
                        .append(vf.spoofCheck().display()).append("  trust ")
                        .append(vf.trust().display()).append("  link-state ")
                        .append(vf.linkState().display()).append('\n');
            }
        }
    }

    private static void writeTriplets(List<FailoverTriplet> triplets, StringBuilder out) {
        if (triplets.isEmpty()) {
            return;
        }
        out.append("\nFailover triplets (net_failover)\n");
        for (FailoverTriplet triplet : triplets) {
            out.append("  master ").append(triplet.master().display()).append("  mac ")
                    .append(triplet.mac().display()).append("  carrying traffic: ")
                    .append(triplet.activeSlave().display()).append('\n')
                    .append("    primary (VF) ").append(triplet.primary().display()).append('\n')
                    .append("    standby (virtio) ").append(triplet.standby().display())
                    .append('\n');
            if (!triplet.primary().isKnown() && !triplet.standby().isKnown()) {
                out.append("    slaves ").append(String.join(", ", triplet.slaves()))
                        .append(" (roles unknown)\n");
            }
        }
    }

    private static void writePairs(List<NetvscPair> pairs, StringBuilder out) {
        if (pairs.isEmpty()) {
            return;
        }
        out.append("\nhv_netvsc pairs (Hyper-V / Azure Accelerated Networking, not triplets)\n");
        for (NetvscPair pair : pairs) {
            out.append("  synthetic ").append(pair.synthetic().display()).append("  VF ")
                    .append(pair.vf()).append("  mac ").append(pair.mac().display())
                    .append("  datapath ").append(pair.datapath().display()).append('\n')
                    .append("    VF pci ").append(pair.vfPciAddress().display())
                    .append("  driver ").append(pair.vfDriver().display()).append("  ")
                    .append(pair.vfDescription().display()).append('\n')
                    .append("    recognised by: ").append(pair.evidence()).append('\n');
        }
    }

    private static void writeDevices(List<Device> devices, StringBuilder out) {
        out.append("\nDevices\n");
        if (devices.isEmpty()) {
            out.append("  none\n");
        }
        for (Device device : devices) {
            out.append("  ").append(device.name()).append("  ").append(device.role().label())
                    .append("  state ").append(device.operState().display()).append("  mac ")
                    .append(device.mac().display()).append("  master ")
                    .append(device.master().map(master -> master.isEmpty() ? "none" : master)
                            .display())
                    .append("  driver ").append(device.driver()
                            .map(driver -> driver.isEmpty() ? "none" : driver).display())
                    .append("  addresses ")
                    .append(device.addresses().map(TextReportWriter::addresses).display())
                    .append('\n');
        }
    }

    private static void writeOtherPci(Inventory inventory, StringBuilder out) {
        if (inventory.otherPciFunctions().isEmpty()) {
            return;
        }
        out.append("\nOther PCI network functions (no PF or netdev found for them)\n");
        inventory.otherPciFunctions().forEach(pci -> out.append("  ")
                .append(pci.address().display()).append("  driver ")
                .append(pci.driver().display()).append("  VF ")
                .append(pci.virtualFunction().map(vf -> vf ? "yes" : "no").display())
                .append("  ").append(pci.description().display()).append('\n'));
    }

    private static String addresses(List<IpAddress> addresses) {
        return addresses.isEmpty() ? "none"
                : addresses.stream().map(IpAddress::cidr).collect(Collectors.joining(" "));
    }

    private static void writeFindings(List<Finding> findings, StringBuilder out) {
        out.append("\nFindings\n");
        if (findings.isEmpty()) {
            out.append("  none\n");
        }
        for (Finding finding : findings) {
            out.append("  [").append(finding.severity().label()).append("] ")
                    .append(finding.id()).append(' ').append(finding.rule().tag()).append("  ")
                    .append(String.join(", ", finding.devices())).append('\n')
                    .append("    ").append(finding.message()).append('\n')
                    .append("    fix: ").append(finding.fix()).append('\n');
        }
    }
}
