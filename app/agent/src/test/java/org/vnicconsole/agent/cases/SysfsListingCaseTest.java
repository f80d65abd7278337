package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VirtualFunction;

/** Case 12: a ConnectX-5 host written as a sysfs tree, 8 VFs with netdevs. */
class SysfsListingCaseTest {

    private final AgentReport report = Cases.inspect("12-cx5-pf-8vfs-sysfs-class-net.sysfs.txt");
    private final PhysicalFunction pf = report.inventory().pfAt("0000:81:00.1").orElseThrow();

    @Test
    void findsThePfWithEightEnabledVfsAndUnknownTotal() {
        assertThat(pf.name()).isEqualTo(Known.of("enp129s0f1np1"));
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(8));
        assertThat(pf.totalVfs().isKnown()).isFalse();
        assertThat(pf.description().value()).contains("ConnectX-5");
    }

    @Test
    void mapsEachVfIndexToItsPciAddressAndNetdevByTheNamingRule() {
        assertThat(pf.vfs()).extracting(VirtualFunction::index)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(pf.vfs()).extracting(vf -> vf.pciAddress().value()).containsExactly(
                "0000:81:01.2", "0000:81:01.3", "0000:81:01.4", "0000:81:01.5",
                "0000:81:01.6", "0000:81:01.7", "0000:81:02.0", "0000:81:02.1");
        assertThat(pf.vfs()).extracting(vf -> vf.netdev().value()).containsExactly(
                "enp129s0f1v0", "enp129s0f1v1", "enp129s0f1v2", "enp129s0f1v3",
                "enp129s0f1v4", "enp129s0f1v5", "enp129s0f1v6", "enp129s0f1v7");
    }

    @Test
    void keepsTheIommuGroupsOfTheTwoIsolatedVfs() {
        assertThat(pf.vf(2).orElseThrow().iommuGroup()).isEqualTo(Known.of(43));
        assertThat(pf.vf(3).orElseThrow().iommuGroup()).isEqualTo(Known.of(44));
        assertThat(pf.vf(0).orElseThrow().iommuGroup().isKnown()).isFalse();
    }

    @Test
    void listsTheOtherPortsWithoutVfs() {
        for (String address : new String[] {"0000:81:00.0", "0000:82:00.0", "0000:82:00.1"}) {
            PhysicalFunction other = report.inventory().pfAt(address).orElseThrow();
            assertThat(other.vfs()).isEmpty();
            assertThat(other.enabledVfs().isKnown()).isFalse();
        }
        assertThat(report.inventory().pfAt("0000:82:00.1").orElseThrow().name())
                .isEqualTo(Known.of("enp130s0f1np1"));
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void leavesVfAttributesUnknownBecauseNoIpLinkWasShown() {
        VirtualFunction vf = pf.vf(0).orElseThrow();

        assertThat(vf.mac().isKnown()).isFalse();
        assertThat(vf.spoofCheck().isKnown()).isFalse();
        assertThat(vf.trust().isKnown()).isFalse();
    }
}
