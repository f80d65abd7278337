package org.vnicconsole.agent.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.iproute.CommandIprouteSource;

/**
 * Reads a network namespace with a veth pair, when the test runs as root with {@code ip}; skipped
 * otherwise. Uses only link-local test addresses inside the namespace; sends no traffic.
 */
class NetnsVethTest {

    private final String namespace = "vnic-agent-test-" + ProcessHandle.current().pid();
    private boolean created;

    @TempDir
    Path emptyRoot;

    @AfterEach
    void deleteNamespace() throws Exception {
        if (created) {
            run("ip", "netns", "delete", namespace);
        }
    }

    @Test
    void listsTheVethPairOfANamespace() throws Exception {
        assumeThat(System.getProperty("user.name")).isEqualTo("root");
        assumeThat(Files.isExecutable(Path.of("/usr/sbin/ip"))
                || Files.isExecutable(Path.of("/sbin/ip"))).isTrue();
        created = run("ip", "netns", "add", namespace);
        assumeThat(created).as("ip netns add works here").isTrue();
        assumeThat(run("ip", "-n", namespace, "link", "add", "va0", "type", "veth", "peer",
                "name", "vb0")).isTrue();
        run("ip", "-n", namespace, "addr", "add", "169.254.77.1/30", "dev", "va0");
        run("ip", "-n", namespace, "link", "set", "va0", "up");
        run("ip", "-n", namespace, "link", "set", "vb0", "up");

        AgentReport report = new Agent(OptionalInt.empty()).inspectMachine("live", emptyRoot,
                new CommandIprouteSource("ip", List.of("-n", namespace)));

        assertThat(report.readable()).isTrue();
        assertThat(report.inventory().device("va0").orElseThrow().kind())
                .isEqualTo(Known.of("veth"));
        assertThat(report.inventory().device("vb0")).isPresent();
        assertThat(report.inventory().device("va0").orElseThrow().addresses().value())
                .extracting(address -> address.cidr()).contains("169.254.77.1/30");
        assertThat(report.inventory().physicalFunctions()).isEmpty();
        assertThat(report.inventory().triplets()).isEmpty();
        assertThat(report.findings()).isEmpty();
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
