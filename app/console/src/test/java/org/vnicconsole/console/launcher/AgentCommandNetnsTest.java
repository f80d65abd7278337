package org.vnicconsole.console.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code vnic-console agent --json} inside a network namespace holding a veth pair (through
 * {@code ip netns exec}, which also gives the process that namespace's /sys). Skipped unless the
 * test runs as root with a working {@code ip netns}. Sends no traffic.
 */
class AgentCommandNetnsTest {

    private final String namespace = "vnic-cli-test-" + ProcessHandle.current().pid();
    private boolean created;

    @AfterEach
    void deleteNamespace() throws Exception {
        if (created) {
            run(List.of("ip", "netns", "delete", namespace));
        }
    }

    @Test
    void inspectsTheVethPairOfANamespaceFromSysfsAndIproute() throws Exception {
        assumeThat(System.getProperty("user.name")).isEqualTo("root");
        created = run(List.of("ip", "netns", "add", namespace)).exit == 0;
        assumeThat(created).as("ip netns add works here").isTrue();
        assumeThat(run(List.of("ip", "netns", "exec", namespace, "true")).exit)
                .as("ip netns exec works here").isZero();
        run(List.of("ip", "-n", namespace, "link", "add", "va0", "type", "veth", "peer", "name",
                "vb0"));
        run(List.of("ip", "-n", namespace, "link", "set", "va0", "up"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", namespace, java,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "agent",
                "--json"));

        Result result = run(command);

        assertThat(result.exit).as(result.output).isEqualTo(AgentCommand.NO_FINDINGS);
        JsonNode root = new ObjectMapper().readTree(result.output);
        assertThat(root.get("source").get("kind").asText()).isEqualTo("live");
        assertThat(root.get("sriovFound").asBoolean()).isFalse();
        List<String> names = new ArrayList<>();
        root.get("devices").forEach(device -> names.add(device.get("name").asText()));
        assertThat(names).contains("lo", "va0", "vb0");
        JsonNode va0 = root.get("devices").get(names.indexOf("va0"));
        assertThat(va0.get("kind").asText()).isEqualTo("veth");
        assertThat(va0.get("mac").asText()).matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        return new Result(done ? process.exitValue() : -1, output);
    }

    private record Result(int exit, String output) {
    }
}
