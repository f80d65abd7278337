package org.vnicconsole.console.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.control.server.ControlServer;
import org.vnicconsole.control.auth.AccessKey;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.model.signing.Zc2Signer;
import picocli.CommandLine;

class ServerCommandTest {

    @TempDir
    Path dir;

    @Test
    void startsOnAFreePortPrintsItAndServesTheOperatorCatalogue() throws Exception {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        commandLine.getSubcommands().get("server").setOut(new PrintWriter(out));
        CommandLine.ParseResult parsed = commandLine.parseArgs(
                "server", "--port", "0", "--data", dir.resolve("data").toString(),
                "--fleet", "none");
        ServerCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();
        command.env = Map.of("VNIC_CONFIG_DIR", dir.resolve("config").toString());

        try (ControlServer server = command.start()) {
            AccessKey operator = new CredentialsStore(dir.resolve("config"), Map.of())
                    .loadOrCreate().operator();
            HttpResponse<String> reply = describeRules(server.baseUri(), operator);

            assertThat(out.toString()).contains("listening on " + server.baseUri());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).contains("\"ruleSet\"");
            assertThat(dir.resolve("data")).isDirectory();
        }
    }

    @Test
    void refusesAFleetFileThatCannotBeRead() {
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter()));

        int exitCode = commandLine.execute("server", "--port", "0",
                "--fleet", dir.resolve("missing.json").toString());

        assertThat(exitCode).isEqualTo(2);
    }

    private static HttpResponse<String> describeRules(URI base, AccessKey key) throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String host = base.getHost() + ":" + base.getPort();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = Zc2Signer.signature(
                key.secret(), "application/json", host, timestamp, body);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v2/operator"))
                .header("Content-Type", "application/json")
                .header("x-zc-action", "DescribeRuleCatalogue")
                .header("x-zc-timestamp", timestamp)
                .header("Authorization", Zc2Signer.authorization(key.keyId(), signature))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
