package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vnicconsole.client.internal.RequestSigner;

class ClientConfigTest {

    @Test
    void defaultsToThePublicEndpointOverHttps() {
        ClientConfig config = ClientConfig.of("id", "secret");

        assertThat(config.endpoint()).isEqualTo("console.zenlayer.com");
        assertThat(config.scheme()).isEqualTo("https");
        assertThat(config.rateLimitMaxRetries()).isEqualTo(3);
        assertThat(config.requestClient()).isEqualTo("vnic-console");
    }

    @Test
    void sendsToTheDefaultPortWithoutPortInTheHostHeader() {
        RequestSigner signer = new RequestSigner(ClientConfig.of("id", "secret"));

        var request = signer.sign(ApiService.ZEC, "DescribeZones", new byte[0], Instant.EPOCH);

        assertThat(signer.host()).isEqualTo("console.zenlayer.com");
        assertThat(request.url().toString()).isEqualTo("https://console.zenlayer.com/api/v2/zec");
    }

    @Test
    void keepsANonDefaultPortInTheHostHeader() {
        ClientConfig config =
                ClientConfig.of("id", "secret").withEndpoint("10.0.0.5:8443", "HTTPS");

        assertThat(config.scheme()).isEqualTo("https");
        assertThat(new RequestSigner(config).host()).isEqualTo("10.0.0.5:8443");
    }

    @Test
    void refusesAnEndpointThatCarriesASchemeOrPath() {
        ClientConfig config = ClientConfig.of("id", "secret");

        assertThatThrownBy(() -> config.withEndpoint("http://127.0.0.1:8080", "http"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without scheme");
        assertThatThrownBy(() -> config.withEndpoint("127.0.0.1:8080/api", "http"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withEndpoint("127.0.0.1", "ftp"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMissingKeysAndBadBudgets() {
        assertThatThrownBy(() -> ClientConfig.of("", "secret"))
                .hasMessageContaining("accessKeyId");
        assertThatThrownBy(() -> ClientConfig.of("id", " "))
                .hasMessageContaining("accessKeySecret");
        assertThatThrownBy(() -> ClientConfig.of("id", "secret").withRetries(-1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientConfig.of("id", "secret")
                .withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientConfig.of("id", "secret").withRequestClient("bad/value"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsEndpointSchemeAndKeysFromTheEnvironment() {
        ClientConfig local = ClientConfig.fromEnvironment(Map.of(
                "ZENLAYER_ACCESS_KEY_ID", "AK1", "ZENLAYER_ACCESS_KEY_SECRET", "S1",
                "ZENLAYER_ENDPOINT", "127.0.0.1:8080", "ZENLAYER_SCHEME", "http"));
        ClientConfig remote = ClientConfig.fromEnvironment(Map.of(
                "ZENLAYER_ACCESS_KEY_ID", "AK2", "ZENLAYER_ACCESS_KEY_SECRET", "S2"));

        assertThat(local.endpoint()).isEqualTo("127.0.0.1:8080");
        assertThat(local.scheme()).isEqualTo("http");
        assertThat(local.accessKeyId()).isEqualTo("AK1");
        assertThat(remote.endpoint()).isEqualTo("console.zenlayer.com");
        assertThat(remote.scheme()).isEqualTo("https");
        assertThatThrownBy(() -> ClientConfig.fromEnvironment(Map.of()))
                .hasMessageContaining("accessKeyId");
    }

    @Test
    void neverShowsTheSecretInItsText() {
        String text = ClientConfig.of("AKID1", "TOP-SECRET-VALUE").toString();

        assertThat(text).contains("AKID1").doesNotContain("TOP-SECRET-VALUE");
    }
}
