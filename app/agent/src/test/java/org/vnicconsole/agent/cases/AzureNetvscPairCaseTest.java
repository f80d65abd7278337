package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.NetvscPair;

/** Cases 02 and 03: Azure Accelerated Networking pairs (mlx5 via ifconfig, MANA via ip link). */
class AzureNetvscPairCaseTest {

    @Test
    void recognisesTheMlx5PairFromIfconfigAndTheKernelLog() {
        AgentReport report = Cases.inspect("02-azure-an-mlx5-synthetic-plus-vf.txt");

        assertThat(report.inventory().triplets()).isEmpty();
        assertThat(report.inventory().netvscPairs()).hasSize(1);
        NetvscPair pair = report.inventory().netvscPairs().get(0);
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.vf()).isEqualTo("enP53091s1np0");
        assertThat(pair.mac()).isEqualTo(Known.of("02:00:00:02:00:01"));
        assertThat(pair.vfPciAddress()).isEqualTo(Known.of("cf63:00:02.0"));
        assertThat(pair.vfDriver()).isEqualTo(Known.of("mlx5_core"));
        assertThat(pair.vfDescription().value()).contains("ConnectX-4 Lx Virtual Function");
        assertThat(pair.datapath()).isEqualTo(Known.of("vf"));
        assertThat(pair.evidence()).contains("joined to eth0").contains("renamed from eth1")
                .contains("vf_* counters on eth0 are non-zero");
    }

    @Test
    void keepsTheSyntheticDevicesAddressesAndTheVfWithout() {
        AgentReport report = Cases.inspect("02-azure-an-mlx5-synthetic-plus-vf.txt");

        var eth0 = report.inventory().device("eth0").orElseThrow();
        var vf = report.inventory().device("enP53091s1np0").orElseThrow();
        assertThat(eth0.role()).isEqualTo(DeviceRole.NETVSC_SYNTHETIC);
        assertThat(eth0.flags().value()).doesNotContain("SLAVE");
        assertThat(eth0.addresses().value()).extracting(address -> address.cidr())
                .containsExactly("10.1.19.4/24", "fe80::ff:fe02:1/64");
        assertThat(vf.role()).isEqualTo(DeviceRole.NETVSC_VF);
        assertThat(vf.flags().value()).contains("SLAVE");
        assertThat(vf.addresses().value()).isEmpty();
        assertThat(report.inventory().device("eth1")).isEmpty();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void recognisesTheManaPairFromIpLink() {
        AgentReport report = Cases.inspect("03-azure-mana-synthetic-plus-vf-ip-link.txt");

        assertThat(report.inventory().triplets()).isEmpty();
        NetvscPair pair = report.inventory().netvscPairs().get(0);
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.vf()).isEqualTo("enP30832p0s0");
        assertThat(pair.mac()).isEqualTo(Known.of("02:00:00:03:00:01"));
        assertThat(pair.vfPciAddress()).isEqualTo(Known.of("7870:00:00.0"));
        assertThat(pair.vfDescription()).isEqualTo(Known.of("Microsoft Corporation Device 00ba"));
        assertThat(pair.evidence()).contains("vf_* counters on eth0 are non-zero");
        var vf = report.inventory().device("enP30832p0s0").orElseThrow();
        assertThat(vf.master()).isEqualTo(Known.of("eth0"));
        assertThat(vf.altnames()).containsExactly("enP30832s1296119428");
        assertThat(report.inventory().device("eth0").orElseThrow().alias())
                .isEqualTo(Known.of("Network Device"));
    }

    @Test
    void saysAddressesCouldNotBeCheckedWhenTheListingHasNone() {
        AgentReport report = Cases.inspect("03-azure-mana-synthetic-plus-vf-ip-link.txt");

        assertThat(report.inventory().device("eth0").orElseThrow().addresses().isKnown()).isFalse();
        assertThat(report.limitations()).anyMatch(line -> line.contains("no addresses"));
        assertThat(report.findings()).isEmpty();
    }
}
