package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.api.ApiTestServer.OPERATOR;
import static org.vnicconsole.control.api.ApiTestServer.TENANT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.api.ApiTestServer.Reply;
import org.vnicconsole.control.auth.AccessKey;

class ApiServerAuthenticationTest {

    private static final String ECHO_BODY = "{\"name\":\"web-1\",\"count\":2}";

    private static ApiTestServer server;

    @BeforeAll
    static void startServer() {
        server = ApiTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void acceptsARequestSignedByTheIndependentSigner() {
        Reply reply = server.call(TENANT, "zec", TestActions.ECHO, ECHO_BODY);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/response/caller").asText()).isEqualTo(TENANT.keyId());
    }

    @Test
    void refusesABodyWithOneByteChangedAfterSigning() {
        byte[] body = ECHO_BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = server.signed(TENANT, TestActions.ECHO, body);
        byte[] tampered = body.clone();
        tampered[tampered.length - 2] = '3';

        Reply reply = server.post("zec", headers, tampered);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("AUTHFAILURE_SIGNATURE_FAILURE");
    }

    @Test
    void refusesATimestampSixMinutesOld() {
        byte[] body = ECHO_BODY.getBytes(StandardCharsets.UTF_8);
        long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();

        Reply reply = server.post(
                "zec", server.signed(TENANT, TestActions.ECHO, body, sixMinutesAgo), body);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("AUTHFAILURE_SIGNATURE_EXPIRED");
    }

    @Test
    void refusesATimestampSixMinutesAhead() {
        byte[] body = ECHO_BODY.getBytes(StandardCharsets.UTF_8);
        long ahead = Instant.now().plusSeconds(360).getEpochSecond();

        Reply reply =
                server.post("zec", server.signed(TENANT, TestActions.ECHO, body, ahead), body);

        assertThat(reply.code()).isEqualTo("AUTHFAILURE_SIGNATURE_EXPIRED");
    }

    @Test
    void acceptsATimestampFourMinutesOld() {
        byte[] body = ECHO_BODY.getBytes(StandardCharsets.UTF_8);
        long fourMinutesAgo = Instant.now().minusSeconds(240).getEpochSecond();

        Reply reply = server.post(
                "zec", server.signed(TENANT, TestActions.ECHO, body, fourMinutesAgo), body);

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedRequest() {
        Reply reply = server.post("zec",
                Map.of("Content-Type", "application/json", "x-zc-action", TestActions.ECHO),
                ECHO_BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("AUTHFAILURE_INVALID_AUTHORIZATION");
    }

    @Test
    void refusesABearerToken() {
        Reply reply = server.post("zec", Map.of("Content-Type", "application/json",
                "x-zc-action", TestActions.ECHO, "Authorization", "Bearer abc"), new byte[0]);

        assertThat(reply.code()).isEqualTo("AUTHFAILURE_INVALID_AUTHORIZATION");
    }

    @Test
    void refusesAnUnknownKeyWithoutEchoingAnySecret() {
        AccessKey stranger = new AccessKey("AKSTRANGER0000000000", TENANT.secret(), Role.TENANT);

        Reply reply = server.call(stranger, "zec", TestActions.ECHO, ECHO_BODY);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("AUTHFAILURE_SIGNATURE_FAILURE");
        assertThat(reply.body()).doesNotContain(TENANT.secret());
    }

    @Test
    void refusesASignatureMadeWithTheWrongSecret() {
        AccessKey wrong = new AccessKey(TENANT.keyId(), "not-the-secret", Role.TENANT);

        Reply reply = server.call(wrong, "zec", TestActions.ECHO, ECHO_BODY);

        assertThat(reply.code()).isEqualTo("AUTHFAILURE_SIGNATURE_FAILURE");
        assertThat(reply.body()).doesNotContain(TENANT.secret());
    }

    @Test
    void refusesTheTenantKeyOnTheOperatorService() {
        Reply reply = server.call(TENANT, "operator", "DescribeRuleCatalogue", "{}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("AUTHFAILURE_UNAUTHORIZED_OPERATION");
    }

    @Test
    void acceptsTheOperatorKeyOnBothServices() {
        assertThat(server.call(OPERATOR, "operator", "DescribeRuleCatalogue", "{}").status())
                .isEqualTo(200);
        assertThat(server.call(OPERATOR, "zec", TestActions.ECHO, ECHO_BODY).status())
                .isEqualTo(200);
    }

    @Test
    void refusesSignedHeadersWithoutHost() {
        byte[] body = ECHO_BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>(
                server.signed(TENANT, TestActions.ECHO, body));
        headers.put("Authorization", headers.get("Authorization")
                .replace("SignedHeaders=content-type;host", "SignedHeaders=content-type"));

        Reply reply = server.post("zec", headers, body);

        assertThat(reply.code()).isEqualTo("AUTHFAILURE_INVALID_AUTHORIZATION");
    }

    @Test
    void refusesAMalformedTimestamp() {
        byte[] body = ECHO_BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>(
                server.signed(TENANT, TestActions.ECHO, body));
        headers.put("x-zc-timestamp", "yesterday");

        Reply reply = server.post("zec", headers, body);

        assertThat(reply.code()).isEqualTo("AUTHFAILURE_INVALID_AUTHORIZATION");
    }
}
