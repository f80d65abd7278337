package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.NetvscPair;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.model.rules.RuleId;

/** Case 05: NetworkManager activated a connection on an Azure VF despite NM_UNMANAGED=1. */
class NetworkManagerOnVfCaseTest {

    private final AgentReport report =
            Cases.inspect("05-fcos-networkmanager-activates-azure-vf.txt");

    @Test
    void recognisesTheVfBelowHvPci() {
        NetvscPair pair = report.inventory().netvscPairs().get(0);

        assertThat(pair.vf()).isEqualTo("enP35237s1");
        assertThat(pair.vfDriver()).isEqualTo(Known.of("mlx5_core"));
        assertThat(pair.vfPciAddress()).isEqualTo(Known.of("89a5:00:02.0"));
        assertThat(pair.vfDescription().value()).contains("ConnectX-5 Virtual Function");
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.evidence()).contains("hv_pci").contains("inferred");
    }

    @Test
    void warnsThatNetworkManagerActivatedTheVf() {
        Finding finding = finding("NM_ACTIVE_ON_SLAVE");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.rule()).isEqualTo(RuleId.CONFIGURE_MASTER);
        assertThat(finding.devices()).containsExactly("enP35237s1");
        assertThat(finding.message()).contains("Wired Connection").contains("same profile eth0");
    }

    @Test
    void reportsThatTheUnmanagedMarkingDidNotTakeEffect() {
        Finding finding = finding("NM_UNMANAGED_IGNORED");

        assertThat(finding.message()).contains("NM_UNMANAGED=1");
        assertThat(report.hasProblems()).isTrue();
    }

    private Finding finding(String id) {
        return report.findings().stream().filter(found -> found.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
