package org.vnicconsole.agent.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.iproute.CommandIprouteSource;
import org.vnicconsole.agent.report.TextReportWriter;

/**
 * Reads the machine the tests run on. It assumes nothing about its devices beyond loopback and
 * the absence of SR-IOV on CI machines.
 */
class LiveMachineTest {

    @Test
    void listsLoopbackAndSaysPlainlyThatThereIsNoSriov() {
        assumeThat(Files.isDirectory(Path.of("/sys/class/net/lo"))).isTrue();

        AgentReport report = new Agent(OptionalInt.empty())
                .inspectMachine("live", Path.of("/"), new CommandIprouteSource());

        assertThat(report.readable()).isTrue();
        assertThat(report.inventory().device("lo").orElseThrow().role())
                .isEqualTo(DeviceRole.LOOPBACK);
        boolean sriovHere = report.inventory().physicalFunctions().stream()
                .anyMatch(pf -> Boolean.TRUE.equals(pf.sriovCapable().value()));
        if (!sriovHere) {
            assertThat(new TextReportWriter().write(report))
                    .contains("No SR-IOV adapter (PF) was found on this machine.")
                    .contains("lo  loopback");
        }
    }
}
