package org.vnicconsole.agent.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VfStats;
import org.vnicconsole.agent.inventory.VirtualFunction;

/** Case 10: {@code ip -s -d link} of a PF with 16 VFs and per-VF counters. */
class PfWithVfCountersCaseTest {

    private final AgentReport report = Cases.inspect("10-example-cnf-pf-16vfs-ip-s-d-link.txt");
    private final PhysicalFunction pf = report.inventory().pf("ens2f0").orElseThrow();

    @Test
    void readsThePfsPciParentQueuesAndCounters() {
        assertThat(pf.pciAddress()).isEqualTo(Known.of("0000:37:00.0"));
        assertThat(pf.driver().isKnown()).isFalse();
        assertThat(report.inventory().device("ens2f0").orElseThrow().mtu())
                .isEqualTo(Known.of(9000));
        assertThat(pf.stats().value().rxBytes()).isEqualTo(Known.of(670348L));
        assertThat(pf.stats().value().rxPackets()).isEqualTo(Known.of(9563L));
        assertThat(pf.stats().value().txBytes()).isEqualTo(Known.of(225778L));
        assertThat(pf.stats().value().txPackets()).isEqualTo(Known.of(1382L));
    }

    @Test
    void listsSixteenVfsWithDistinctMacsAndTheSamePolicy() {
        assertThat(pf.vfs()).extracting(VirtualFunction::index)
                .containsExactlyElementsOf(IntStream.range(0, 16).boxed().toList());
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(16));
        assertThat(pf.vfs()).extracting(vf -> vf.mac().value()).doesNotHaveDuplicates()
                .contains("02:00:00:10:01:00", "02:00:00:10:01:0f");
        assertThat(pf.vfs()).allMatch(vf -> Boolean.TRUE.equals(vf.spoofCheck().value())
                && Boolean.FALSE.equals(vf.trust().value())
                && "auto".equals(vf.linkState().value())
                && Integer.valueOf(0).equals(vf.vlan().value())
                && Long.valueOf(0).equals(vf.maxTxRate().value()));
    }

    @Test
    void putsEachCounterLineUnderItsVf() {
        assertThat(rx(0)).containsExactly(519160L, 6565L, 6565L);
        assertThat(rx(3)).containsExactly(346464L, 4374L, 4374L);
        assertThat(rx(4)).containsExactly(408944L, 5177L, 5177L);
        assertThat(rx(13)).containsExactly(346336L, 4372L, 4372L);
        assertThat(rx(15)).containsExactly(430208L, 5435L, 5435L);
        assertThat(pf.vfs()).allMatch(vf -> vf.stats().value().txBytes().value() == 0L
                && vf.stats().value().txPackets().value() == 0L);
    }

    @Test
    void keepsTheAltnameMaximumMtuAndQueuesAndFindsNothingWrong() {
        var device = report.inventory().device("ens2f0").orElseThrow();

        assertThat(device.altnames()).containsExactly("enp55s0f0");
        assertThat(device.maxMtu()).isEqualTo(Known.of(9702));
        assertThat(device.txQueues()).isEqualTo(Known.of(80));
        assertThat(device.rxQueues()).isEqualTo(Known.of(80));
        assertThat(report.findings()).isEmpty();
        assertThat(report.inventory().devices()).hasSize(1);
    }

    private java.util.List<Long> rx(int index) {
        VfStats stats = pf.vf(index).orElseThrow().stats().value();
        return java.util.List.of(stats.rxBytes().value(), stats.rxPackets().value(),
                stats.rxBroadcast().value());
    }
}
