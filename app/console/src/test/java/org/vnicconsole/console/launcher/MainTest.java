package org.vnicconsole.console.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path dir;

    private ConsoleOptions parse(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs(args);
        return ((Main) commandLine.getCommand()).console;
    }

    @Test
    void withoutACommandTheConsoleStartsOnTheEmbeddedPlane() throws Exception {
        ConsoleOptions options = parse("--data", dir.resolve("data").toString(), "--fleet",
                "none");

        ConsoleOptions.Start start = options.start(Map.of("VNIC_CONFIG_DIR",
                dir.resolve("config").toString()));

        assertThat(start.label()).isEqualTo("embedded control plane");
        assertThat(start.configDir()).isEqualTo(dir.resolve("config"));
    }

    @Test
    void anEndpointTakesItsKeyFromTheEnvironment() throws Exception {
        ConsoleOptions options = parse("--endpoint", "10.0.0.5:8765", "--scheme", "http");

        ConsoleOptions.Start start = options.start(Map.of("VNIC_CONFIG_DIR", dir.toString(),
                "ZENLAYER_ACCESS_KEY_ID", "AK1", "ZENLAYER_ACCESS_KEY_SECRET", "secret"));

        assertThat(start.label()).isEqualTo("http://10.0.0.5:8765");
    }

    @Test
    void anEndpointWithoutAKeySaysWhatToGive() {
        ConsoleOptions options = parse("--endpoint", "10.0.0.5:8765");

        assertThatThrownBy(() -> options.start(Map.of("VNIC_CONFIG_DIR", dir.toString())))
                .hasMessageContaining("--key-id");
    }

    @Test
    void helpListsTheConsoleOptionsAndTheCommands() {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        commandLine.execute("--help");

        assertThat(out.toString()).contains("--endpoint").contains("server")
                .contains("screenshots");
    }
}
