package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Severity;

/** Case 08: Azure's udev and networkd drop-ins that keep managers off the VF. */
class VfExclusionConfigCaseTest {

    @Test
    void recognisesBothFilesAsExclusionsNotMisconfigurations() {
        AgentReport report = Cases.inspect("08-azure-docs-vf-unmanaged-configs.txt");

        assertThat(Cases.findingIds(report))
                .containsExactly("VF_EXCLUSION_PRESENT", "VF_EXCLUSION_PRESENT");
        assertThat(report.findings()).allMatch(finding -> finding.severity() == Severity.INFO);
        assertThat(report.hasProblems()).isFalse();
        assertThat(report.findings().get(0).message()).contains("hv_pci")
                .contains("does not test the SLAVE flag");
        assertThat(report.findings().get(1).message()).contains("does not list mana");
    }

    @Test
    void warnsAboutTheManaGapOnlyWhenAManaVfIsPresent() {
        String manaGuest = Cases.text("03-azure-mana-synthetic-plus-vf-ip-link.txt")
                + Cases.text("08-azure-docs-vf-unmanaged-configs.txt");

        AgentReport report = Cases.inspectText(manaGuest);

        Finding gap = report.findings().get(0);
        assertThat(gap.id()).isEqualTo("VF_EXCLUSION_GAP");
        assertThat(gap.severity()).isEqualTo(Severity.WARNING);
        assertThat(gap.devices()).contains(
                "/etc/systemd/network/99-azure-unmanaged-devices.network", "enP30832p0s0");
    }

    @Test
    void doesNotWarnAboutTheGapOnAnMlx5Guest() {
        String mlxGuest = Cases.text("02-azure-an-mlx5-synthetic-plus-vf.txt")
                + Cases.text("08-azure-docs-vf-unmanaged-configs.txt");

        assertThat(Cases.findingIds(Cases.inspectText(mlxGuest)))
                .doesNotContain("VF_EXCLUSION_GAP");
    }
}
