package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Device;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Known;

/** Case 01: the kernel documentation's net_failover triplet in {@code ip addr} output. */
class KernelDocTripletCaseTest {

    private final AgentReport report =
            Cases.inspect("01-kernel-doc-net-failover-triplet-ip-addr.txt");

    @Test
    void recognisesOneTripletWithMasterPrimaryAndStandby() {
        assertThat(report.inventory().triplets()).hasSize(1);
        FailoverTriplet triplet = report.inventory().triplets().get(0);

        assertThat(triplet.master()).isEqualTo(Known.of("ens10"));
        assertThat(triplet.standby()).isEqualTo(Known.of("ens10nsby"));
        assertThat(triplet.primary()).isEqualTo(Known.of("ens11"));
        assertThat(triplet.mac()).isEqualTo(Known.of("02:54:00:00:12:53"));
        assertThat(triplet.isComplete()).isTrue();
    }

    @Test
    void reportsThePrimaryAsCarryingTraffic() {
        assertThat(report.inventory().triplets().get(0).activeSlave()).isEqualTo(Known.of("ens11"));
    }

    @Test
    void keepsTheMastersAddressesAndTheSlavesStateAndQdisc() {
        Device master = report.inventory().device("ens10").orElseThrow();
        Device standby = report.inventory().device("ens10nsby").orElseThrow();

        assertThat(master.role()).isEqualTo(DeviceRole.FAILOVER_MASTER);
        assertThat(master.master()).isEqualTo(Known.of(""));
        assertThat(master.addresses().value()).extracting(address -> address.cidr())
                .containsExactly("192.168.12.53/24", "fe80::97d8:db2:8c10:b6d6/64");
        assertThat(master.addresses().value().get(0).dynamic()).isTrue();
        assertThat(standby.operState()).isEqualTo(Known.of("DOWN"));
        assertThat(standby.master()).isEqualTo(Known.of("ens10"));
        assertThat(standby.addresses().value()).isEmpty();
        assertThat(report.inventory().device("ens11").orElseThrow().addresses().value()).isEmpty();
    }

    @Test
    void doesNotRequireTheSlaveFlag() {
        assertThat(report.inventory().device("ens11").orElseThrow().flags().value())
                .doesNotContain("SLAVE");
        assertThat(report.inventory().netvscPairs()).isEmpty();
    }

    @Test
    void saysDriversAreUnknownAndFindsNothingWrong() {
        assertThat(report.inventory().devices()).allMatch(device -> !device.driver().isKnown());
        assertThat(report.limitations()).anyMatch(line -> line.contains("no drivers"));
        assertThat(report.findings()).isEmpty();
        assertThat(report.inventory().physicalFunctions()).isEmpty();
    }
}
