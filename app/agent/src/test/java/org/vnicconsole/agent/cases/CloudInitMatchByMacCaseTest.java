package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.model.rules.RuleId;

/** Case 07: cloud-init's netfailover model and the netplan entry that matched by MAC. */
class CloudInitMatchByMacCaseTest {

    private final AgentReport report =
            Cases.inspect("07-cloud-init-netfailover-match-by-mac.txt");

    @Test
    void recognisesTheTripletWithSlaveRolesUnknown() {
        FailoverTriplet triplet = report.inventory().triplets().get(0);

        assertThat(triplet.master()).isEqualTo(Known.of("ens3"));
        assertThat(triplet.slaves()).containsExactlyInAnyOrder("ens3sby", "enP0s1f3");
        assertThat(triplet.standby().isKnown()).isFalse();
        assertThat(triplet.primary().isKnown()).isFalse();
        assertThat(triplet.mac()).isEqualTo(Known.of("02:00:00:07:00:01"));
        assertThat(report.inventory().triplets()).hasSize(1);
    }

    @Test
    void warnsThatTheNetplanMacMatchAlsoCatchesBothSlaves() {
        Finding finding = report.findings().get(0);

        assertThat(finding.id()).isEqualTo("CONFIG_MATCHES_SHARED_MAC");
        assertThat(finding.rule()).isEqualTo(RuleId.CONFIGURE_MASTER);
        assertThat(finding.devices()).contains("/etc/netplan/50-cloud-init.yaml", "ens3sby",
                "enP0s1f3");
        assertThat(finding.message()).contains("02:00:00:07:00:01").contains("set-name ens3");
        assertThat(finding.fix()).contains("match: {name: MASTER}").contains("no set-name");
    }
}
