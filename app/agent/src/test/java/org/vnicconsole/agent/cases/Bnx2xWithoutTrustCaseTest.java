package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VirtualFunction;

/** Case 15: a BCM57840 (bnx2x) PF whose driver reports neither trust nor query_rss. */
class Bnx2xWithoutTrustCaseTest {

    private final AgentReport report =
            Cases.inspect("15-bcm57840-bnx2x-4vfs-tx-rate-no-trust.txt");
    private final PhysicalFunction pf = report.inventory().pf("ens3f0").orElseThrow();

    @Test
    void linksEns3f0ToItsPciFunctionBySlotAndReadsTheSriovCapability() {
        assertThat(pf.pciAddress()).isEqualTo(Known.of("0000:0c:00.0"));
        assertThat(pf.driver()).isEqualTo(Known.of("bnx2x"));
        assertThat(pf.totalVfs()).isEqualTo(Known.of(64));
        assertThat(pf.description().value()).contains("BCM57840");
    }

    @Test
    void listsFourVfsAtTheAddressesOffsetAndStrideGive() {
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(4));
        assertThat(pf.vfs()).extracting(vf -> vf.pciAddress().value()).containsExactly(
                "0000:0c:01.0", "0000:0c:01.1", "0000:0c:01.2", "0000:0c:01.3");
    }

    @Test
    void reportsTrustAndQueryRssAsUnknownNotOff() {
        for (VirtualFunction vf : pf.vfs()) {
            assertThat(vf.trust()).isEqualTo(Known.unknown());
            assertThat(vf.queryRss()).isEqualTo(Known.unknown());
            assertThat(vf.trust().display()).isEqualTo("unknown");
        }
    }

    @Test
    void reportsTheRateAsGivenWithSpoofCheckingOn() {
        for (VirtualFunction vf : pf.vfs()) {
            assertThat(vf.maxTxRate()).isEqualTo(Known.of(10000L));
            assertThat(vf.txRate()).isEqualTo(Known.of(10000L));
            assertThat(vf.spoofCheck()).isEqualTo(Known.of(true));
            assertThat(vf.mac()).isEqualTo(Known.of("00:00:00:00:00:00"));
            assertThat(vf.linkState()).isEqualTo(Known.of("auto"));
        }
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void listsTheSecondPortsVfsAsOtherFunctions() {
        assertThat(report.inventory().otherPciFunctions())
                .extracting(pci -> pci.address().value())
                .contains("0000:0c:09.0", "0000:0c:09.3", "0000:0c:00.1");
    }
}
