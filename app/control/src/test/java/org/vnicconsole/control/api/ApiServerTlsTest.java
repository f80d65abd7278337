package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTlsTest {

    private static final String PASSWORD = "changeit-test";

    @TempDir
    Path dir;

    @Test
    void servesSignedRequestsOverHttpsWithAKeytoolKeystore() throws Exception {
        Path keystore = selfSignedKeystore();
        ApiServerOptions.Tls tls = new ApiServerOptions.Tls(keystore, PASSWORD);

        try (ApiTestServer server = ApiTestServer.start(options -> options.withTls(tls))) {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            server.baseUri().resolve("/api/v2/operator"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            server.signed(ApiTestServer.OPERATOR, "DescribeRuleCatalogue", body,
                    Instant.now().getEpochSecond()).forEach(request::header);

            HttpResponse<String> response = trustingClient(keystore)
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(server.baseUri().getScheme()).isEqualTo("https");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("VNIC-ATTACH-SCOPE");
        }
    }

    @Test
    void describesTheTlsOptionWithoutThePassword() {
        ApiServerOptions.Tls tls = new ApiServerOptions.Tls(dir.resolve("k.p12"), PASSWORD);

        assertThat(tls.toString()).doesNotContain(PASSWORD);
    }

    private Path selfSignedKeystore() throws IOException, InterruptedException {
        Path keystore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return keystore;
    }

    private static HttpClient trustingClient(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context)
                .version(HttpClient.Version.HTTP_1_1).build();
    }
}
