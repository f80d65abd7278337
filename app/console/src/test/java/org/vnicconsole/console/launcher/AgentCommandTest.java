package org.vnicconsole.console.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vnic-console agent}: output and exit codes, run in process. */
class AgentCommandTest {

    private static final String TRIPLET_WITH_ADDRESS_ON_VF = String.join("\n",
            "$ ip addr",
            "4: ens10: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP",
            "    link/ether 02:54:00:00:12:53 brd ff:ff:ff:ff:ff:ff",
            "5: ens10nsby: <BROADCAST,MULTICAST> mtu 1500 qdisc fq_codel master ens10 state DOWN",
            "    link/ether 02:54:00:00:12:53 brd ff:ff:ff:ff:ff:ff",
            "7: ens11: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq master ens10 state UP",
            "    link/ether 02:54:00:00:12:53 brd ff:ff:ff:ff:ff:ff",
            "    inet 192.168.12.60/24 scope global ens11");

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exitsWithOneAndPrintsTheTreeWhenThereAreFindings() throws Exception {
        Path paste = Files.writeString(directory.resolve("paste.txt"), TRIPLET_WITH_ADDRESS_ON_VF);

        int exit = run("agent", "--text", paste.toString());

        assertThat(exit).isEqualTo(AgentCommand.FINDINGS);
        assertThat(out.toString()).contains("Failover triplets").contains("primary (VF) ens11")
                .contains("SLAVE_ADDRESS [CONFIGURE-MASTER]");
    }

    @Test
    void printsTheJsonDocumentAndExitsWithZeroWithoutFindings() throws Exception {
        Path paste = Files.writeString(directory.resolve("paste.txt"),
                TRIPLET_WITH_ADDRESS_ON_VF.replace("    inet 192.168.12.60/24 scope global ens11",
                        ""));

        int exit = run("agent", "--json", "--text", paste.toString());

        assertThat(exit).isEqualTo(AgentCommand.NO_FINDINGS);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("schema").asText()).isEqualTo("vnic-agent-report/1");
        assertThat(root.get("failoverTriplets").get(0).get("primary").asText()).isEqualTo("ens11");
    }

    @Test
    void readsPastedTextFromStandardInput() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    TRIPLET_WITH_ADDRESS_ON_VF.getBytes(StandardCharsets.UTF_8)));

            int exit = run("agent", "--text", "-");

            assertThat(exit).isEqualTo(AgentCommand.FINDINGS);
            assertThat(out.toString()).contains("master ens10");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void exitsWithThreeWhenTheInputCannotBeRead() {
        int missing = run("agent", "--text", directory.resolve("absent.txt").toString());
        int emptyRoot = run("agent", "--root", directory.toString());

        assertThat(missing).isEqualTo(AgentCommand.UNREADABLE);
        assertThat(emptyRoot).isEqualTo(AgentCommand.UNREADABLE);
    }

    @Test
    void capturesASnapshotThatRootReadsBack() {
        Path snapshot = directory.resolve("snapshot");

        int captured = run("agent", "--capture", snapshot.toString());
        int read = run("agent", "--json", "--root", snapshot.toString());

        assertThat(captured).isEqualTo(AgentCommand.NO_FINDINGS);
        assertThat(read).isIn(AgentCommand.NO_FINDINGS, AgentCommand.FINDINGS);
        assertThat(out.toString()).contains("\"name\" : \"lo\"");
    }

    @Test
    void refusesToSendAReportWithoutOperatorCredentials() throws Exception {
        Path snapshot = directory.resolve("snapshot");
        run("agent", "--capture", snapshot.toString());

        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        AgentCommand agent = commandLine.getSubcommands().get("agent").getCommand();
        agent.env = Map.of("VNIC_CONFIG_DIR", directory.resolve("no-config").toString());
        int exit = commandLine.execute("agent", "--root", snapshot.toString(), "--report",
                "http://127.0.0.1:9/api/v2/operator");

        assertThat(exit).isEqualTo(AgentCommand.OUTPUT_FAILED);
        assertThat(err.toString()).contains("VNIC_OPERATOR_KEY_ID");
    }

    private int run(String... arguments) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
