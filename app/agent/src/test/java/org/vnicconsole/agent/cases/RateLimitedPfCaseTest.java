package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.agent.inventory.VirtualFunction;
import org.vnicconsole.model.rules.RuleId;

/** Case 13: a ConnectX-5 PF with 8 VFs, spoof checking off, VF 0 rate-limited. */
class RateLimitedPfCaseTest {

    private final AgentReport report = Cases.inspect("13-cx5-pf-8vfs-rate-limit-ip-link.txt");
    private final PhysicalFunction pf = report.inventory().pf("enp130s0f1np1").orElseThrow();

    @Test
    void readsVfZerosMaximumAndMinimumRate() {
        VirtualFunction vf0 = pf.vf(0).orElseThrow();

        assertThat(vf0.maxTxRate()).isEqualTo(Known.of(5000L));
        assertThat(vf0.minTxRate()).isEqualTo(Known.of(1000L));
        assertThat(vf0.txRate()).isEqualTo(Known.of(5000L));
        assertThat(pf.vf(1).orElseThrow().maxTxRate()).isEqualTo(Known.of(0L));
    }

    @Test
    void readsEightVfsWithUnsetMacsAndNoVlan() {
        assertThat(pf.vfs()).hasSize(8);
        assertThat(pf.vfs()).allMatch(vf -> "00:00:00:00:00:00".equals(vf.mac().value())
                && !vf.hasAdminMac()
                && Integer.valueOf(0).equals(vf.vlan().value())
                && Boolean.FALSE.equals(vf.trust().value())
                && Boolean.FALSE.equals(vf.queryRss().value())
                && "auto".equals(vf.linkState().value()));
    }

    @Test
    void notesSpoofCheckingOffOnAllEightVfsAsInformation() {
        assertThat(report.findings()).hasSize(1);
        Finding finding = report.findings().get(0);
        assertThat(finding.id()).isEqualTo("VF_SPOOFCHECK_OFF");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.rule()).isEqualTo(RuleId.PF_PRIVATE);
        assertThat(finding.message()).contains("VF 0-7");
        assertThat(report.hasProblems()).isFalse();
    }

    @Test
    void doesNotReportUnsetMacsAsDuplicates() {
        assertThat(Cases.findingIds(report)).doesNotContain("VF_DUPLICATE_MAC");
    }
}
