package org.vnicconsole.agent.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;

/** Spoof checking, trust and duplicate MACs on VFs in old and new iproute2 text formats. */
class VfPolicyCheckTest {

    @Test
    void notesTrustOnAndSpoofCheckingOffInTheOldFormat() {
        AgentReport report = Cases.inspectText(String.join("\n",
                "# ip link show enp5s0f0",
                "4: enp5s0f0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP",
                "    link/ether 02:00:00:30:00:01 brd ff:ff:ff:ff:ff:ff",
                "    vf 0 MAC 02:00:00:30:01:00, vlan 5, qos 3, spoof checking off, link-state "
                        + "enable, trust on",
                "    vf 1 MAC 02:00:00:30:01:01, spoof checking on, link-state auto, trust off"));

        assertThat(Cases.findingIds(report)).containsExactly("VF_SPOOFCHECK_OFF", "VF_TRUST_ON");
        var vf0 = report.inventory().pf("enp5s0f0").orElseThrow().vf(0).orElseThrow();
        assertThat(vf0.vlan().value()).isEqualTo(5);
        assertThat(vf0.qos().value()).isEqualTo(3);
        assertThat(vf0.linkState().value()).isEqualTo("enable");
    }

    @Test
    void warnsAboutTwoVfsSharingAnAdministrativeMacInTheNewFormat() {
        AgentReport report = Cases.inspectText(String.join("\n",
                "$ ip link show ens1f0",
                "4: ens1f0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP",
                "    link/ether 02:00:00:31:00:01 brd ff:ff:ff:ff:ff:ff",
                "    vf 0     link/ether 02:00:00:31:01:00 brd ff:ff:ff:ff:ff:ff, vlan 100, "
                        + "vlan protocol 802.1ad, spoof checking on, link-state auto, trust off",
                "    vf 1     link/ether 02:00:00:31:01:00 brd ff:ff:ff:ff:ff:ff, spoof checking "
                        + "on, link-state auto, trust off",
                "    vf 2     link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff, spoof checking "
                        + "on, link-state disable, trust off"));

        assertThat(Cases.findingIds(report)).containsExactly("VF_DUPLICATE_MAC");
        assertThat(report.findings().get(0).message()).contains("VFs 0-1");
        assertThat(report.findings().get(0).rule().id()).isEqualTo("MAC-UNIQUE");
        var vf0 = report.inventory().pf("ens1f0").orElseThrow().vf(0).orElseThrow();
        assertThat(vf0.vlanProtocol().value()).isEqualTo("802.1ad");
    }

    @Test
    void writesIndexRangesCompactly() {
        assertThat(VfPolicyCheck.ranges(List.of(0, 1, 2, 5, 7, 8))).isEqualTo("0-2, 5, 7-8");
        assertThat(VfPolicyCheck.ranges(List.of(3))).isEqualTo("3");
    }
}
