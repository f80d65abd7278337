package org.vnicconsole.control.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.api.ApiError;
import org.vnicconsole.control.api.Caller;
import org.vnicconsole.control.api.Role;

class SignatureVerifierTest {

    private static final String DOCS_SECRET = "Gu5t9xGARNpq86cd98joQYCN3";
    private static final String DOCS_SIGNATURE =
            "efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f";
    private static final String LOOPBACK_SIGNATURE =
            "8e2bd9036999166090141fe94777365ed1d1084a6b3d90893a48c26ca46c3daa";

    @Test
    void acceptsTheDocsExampleVector() {
        Map<String, String> headers = headers("application/json; charset=utf-8",
                "console.zenlayer.com", "1673361177", "AKDOCS", DOCS_SIGNATURE);
        byte[] body = bytes("{\"pageSize\":10,\"pageNum\":1,\"zoneId\":\"HKG-A\"}");

        Caller caller = verifier("AKDOCS", DOCS_SECRET, 1673361177).verify(lookup(headers), body);

        assertThat(caller).isEqualTo(new Caller("AKDOCS", Role.TENANT));
    }

    @Test
    void acceptsTheLoopbackVector() {
        Map<String, String> headers = headers("application/json", "127.0.0.1:8080",
                "1700000000", "AKLOOP", LOOPBACK_SIGNATURE);

        Caller caller = verifier("AKLOOP", "SECRETEXAMPLE", 1700000100)
                .verify(lookup(headers), bytes("{\"pageNum\":1,\"pageSize\":10}"));

        assertThat(caller.keyId()).isEqualTo("AKLOOP");
    }

    @Test
    void refusesTheLoopbackVectorWithOneBodyByteChanged() {
        Map<String, String> headers = headers("application/json", "127.0.0.1:8080",
                "1700000000", "AKLOOP", LOOPBACK_SIGNATURE);

        assertThatThrownBy(() -> verifier("AKLOOP", "SECRETEXAMPLE", 1700000000)
                .verify(lookup(headers), bytes("{\"pageNum\":2,\"pageSize\":10}")))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code())
                        .isEqualTo("AUTHFAILURE_SIGNATURE_FAILURE"));
    }

    @Test
    void refusesTheLoopbackVectorJustOutsideTheWindow() {
        Map<String, String> headers = headers("application/json", "127.0.0.1:8080",
                "1700000000", "AKLOOP", LOOPBACK_SIGNATURE);

        assertThatThrownBy(() -> verifier("AKLOOP", "SECRETEXAMPLE", 1700000301)
                .verify(lookup(headers), bytes("{\"pageNum\":1,\"pageSize\":10}")))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code())
                        .isEqualTo("AUTHFAILURE_SIGNATURE_EXPIRED"));
    }

    @Test
    void acceptsTheDocsVectorWithTheHostSentInUpperCase() {
        Map<String, String> headers = headers("application/json; charset=utf-8",
                "CONSOLE.zenlayer.com", "1673361177", "AKDOCS", DOCS_SIGNATURE);
        byte[] body = bytes("{\"pageSize\":10,\"pageNum\":1,\"zoneId\":\"HKG-A\"}");

        Caller caller = verifier("AKDOCS", DOCS_SECRET, 1673361177).verify(lookup(headers), body);

        assertThat(caller.keyId()).isEqualTo("AKDOCS");
    }

    @Test
    void refusesASignedHeaderListMissingContentType() {
        Map<String, String> headers = headers("application/json", "127.0.0.1:8080",
                "1700000000", "AKLOOP", LOOPBACK_SIGNATURE);
        headers.put("authorization", headers.get("authorization")
                .replace("SignedHeaders=content-type;host", "SignedHeaders=host"));

        assertThatThrownBy(() -> verifier("AKLOOP", "SECRETEXAMPLE", 1700000000)
                .verify(lookup(headers), bytes("{}")))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code())
                        .isEqualTo("AUTHFAILURE_INVALID_AUTHORIZATION"));
    }

    @Test
    void acceptsFurtherSignedHeadersCanonicalisedInNameOrder() throws Exception {
        byte[] body = bytes("{}");
        String canonical = "POST\n/\n\ncontent-type:application/json\nhost:127.0.0.1:8080\n"
                + "x-zc-action:DescribeZones\n\ncontent-type;host;x-zc-action\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(body));
        String toSign = "ZC2-HMAC-SHA256\n1700000000\n" + hex(MessageDigest
                .getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(bytes("SECRETEXAMPLE"), "HmacSHA256"));
        String signature = hex(mac.doFinal(bytes(toSign)));
        Map<String, String> headers = headers("application/json", "127.0.0.1:8080",
                "1700000000", "AKLOOP", signature);
        headers.put("x-zc-action", "DescribeZones");
        headers.put("authorization", headers.get("authorization")
                .replace("content-type;host", "x-zc-action;host;content-type"));

        Caller caller = verifier("AKLOOP", "SECRETEXAMPLE", 1700000000)
                .verify(lookup(headers), body);

        assertThat(caller.keyId()).isEqualTo("AKLOOP");
    }

    private static SignatureVerifier verifier(String keyId, String secret, long nowSeconds) {
        KeyRing keys = new KeyRing(new AccessKey(keyId, secret, Role.TENANT),
                new AccessKey("OKOTHER", "other", Role.OPERATOR));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(nowSeconds), ZoneOffset.UTC);
        return new SignatureVerifier(keys, clock, SignatureVerifier.DEFAULT_SKEW);
    }

    private static Map<String, String> headers(String contentType, String host, String timestamp,
            String keyId, String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", contentType);
        headers.put("host", host);
        headers.put("x-zc-timestamp", timestamp);
        headers.put("authorization", "ZC2-HMAC-SHA256 Credential=" + keyId
                + ", SignedHeaders=content-type;host, Signature=" + signature);
        return headers;
    }

    private static java.util.function.UnaryOperator<String> lookup(Map<String, String> headers) {
        return name -> headers.get(name.toLowerCase(Locale.ROOT));
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
