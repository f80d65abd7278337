package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Device;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VirtualFunction;

/** Case 09: an 82599 PF that is an Open vSwitch port, old VF format, no indentation. */
class OvsPortPfCaseTest {

    private final AgentReport report = Cases.inspect("09-kolla-82599-pf-under-ovs-ip-d-link.txt");
    private final PhysicalFunction pf = report.inventory().pf("ens785f0").orElseThrow();

    @Test
    void findsThePfItsDriverFromTheLogAndItsOvsMaster() {
        assertThat(pf.pciAddress()).isEqualTo(Known.of("0000:05:00.0"));
        assertThat(pf.driver()).isEqualTo(Known.of("ixgbe"));
        assertThat(pf.master()).isEqualTo(Known.of("ovs-system"));
        Device device = report.inventory().device("ens785f0").orElseThrow();
        assertThat(device.slaveKind()).isEqualTo(Known.of("openvswitch_slave"));
        assertThat(device.promiscuity()).isEqualTo(Known.of(1));
    }

    @Test
    void listsFourVfsWithTheirMacsAndVlanOnVfThree() {
        assertThat(pf.vfs()).extracting(VirtualFunction::index).containsExactly(0, 1, 2, 3);
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(4));
        assertThat(pf.vfs()).extracting(vf -> vf.mac().value()).containsExactly(
                "02:00:00:09:01:00", "02:00:00:09:01:01", "02:00:00:09:01:02",
                "02:00:00:09:01:03");
        assertThat(pf.vf(3).orElseThrow().vlan()).isEqualTo(Known.of(1000));
        assertThat(pf.vf(0).orElseThrow().vlan()).isEqualTo(Known.of(0));
    }

    @Test
    void readsSpoofCheckingLinkStateTrustAndNoRates() {
        for (VirtualFunction vf : pf.vfs()) {
            assertThat(vf.spoofCheck()).isEqualTo(Known.of(true));
            assertThat(vf.linkState()).isEqualTo(Known.of("auto"));
            assertThat(vf.trust()).isEqualTo(Known.of(false));
            assertThat(vf.maxTxRate()).isEqualTo(Known.of(0L));
            assertThat(vf.minTxRate()).isEqualTo(Known.of(0L));
        }
    }

    @Test
    void leavesTotalVfsUnknownAndDoesNotCountVfsFromLspci() {
        assertThat(pf.totalVfs().isKnown()).isFalse();
        assertThat(report.limitations()).anyMatch(line -> line.contains("sriov_totalvfs"));
        assertThat(report.inventory().otherPciFunctions())
                .extracting(pci -> pci.address().value())
                .containsExactlyInAnyOrder("0000:05:10.0", "0000:05:10.4");
    }

    @Test
    void recordsTheVfioClaimWithoutGuessingItsVfIndex() {
        var vfio = report.inventory().otherPciFunctions().stream()
                .filter(pci -> pci.address().value().equals("0000:05:10.4")).findFirst()
                .orElseThrow();

        assertThat(vfio.driver()).isEqualTo(Known.of("vfio-pci"));
        assertThat(report.limitations()).anyMatch(line -> line.startsWith("0000:05:10.4")
                && line.contains("VF index"));
        assertThat(pf.vfs()).allMatch(vf -> !vf.pciAddress().isKnown());
        assertThat(report.findings()).isEmpty();
    }
}
