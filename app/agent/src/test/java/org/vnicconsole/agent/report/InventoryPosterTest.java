package org.vnicconsole.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.model.signing.Zc2Signer;

/** The host inventory POST, against a local HTTP server on 127.0.0.1. */
class InventoryPosterTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private HttpServer server;
    private final AtomicReference<Headers> headers = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v2/operator", exchange -> {
            headers.set(exchange.getRequestHeaders());
            body.set(exchange.getRequestBody().readAllBytes());
            byte[] answer = "{\"requestId\":\"r1\",\"response\":{}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsTheSignedInventoryWithTheOperatorActionHeaders() throws Exception {
        String document = new HostInventoryDocument().write("host-7", NOW,
                Cases.inspect("10-example-cnf-pf-16vfs-ip-s-d-link.txt"));
        int port = server.getAddress().getPort();
        URI url = URI.create("http://127.0.0.1:" + port + "/api/v2/operator");

        int status = new InventoryPoster("AK1", "secret", Clock.fixed(NOW, ZoneOffset.UTC))
                .post(url, document).status();

        assertThat(status).isEqualTo(200);
        Headers sent = headers.get();
        assertThat(sent.getFirst("x-zc-action")).isEqualTo("RegisterHostInventory");
        assertThat(sent.getFirst("x-zc-service")).isEqualTo("operator");
        assertThat(sent.getFirst("x-zc-version")).isEqualTo("2026-12-01");
        assertThat(sent.getFirst("x-zc-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        String expected = Zc2Signer.signature("secret", "application/json", "127.0.0.1:" + port,
                Long.toString(NOW.getEpochSecond()), body.get());
        assertThat(sent.getFirst("Authorization"))
                .isEqualTo(Zc2Signer.authorization("AK1", expected));
    }

    @Test
    void sendsEachSriovPfWithItsVfPool() throws Exception {
        String document = new HostInventoryDocument().write("host-7", NOW,
                Cases.inspect("10-example-cnf-pf-16vfs-ip-s-d-link.txt"));

        JsonNode root = new ObjectMapper().readTree(document);

        assertThat(root.get("schema").asText()).isEqualTo("vnic-host-inventory/1");
        assertThat(root.get("hostName").asText()).isEqualTo("host-7");
        assertThat(root.get("readAt").asText()).isEqualTo("2026-12-03T12:00:00Z");
        JsonNode pf = root.get("physicalFunctions").get(0);
        assertThat(pf.get("pciAddress").asText()).isEqualTo("0000:37:00.0");
        assertThat(pf.get("enabledVfs").asInt()).isEqualTo(16);
        assertThat(pf.get("totalVfs").asText()).isEqualTo("unknown");
        assertThat(pf.get("vfs")).hasSize(16);
    }
}
