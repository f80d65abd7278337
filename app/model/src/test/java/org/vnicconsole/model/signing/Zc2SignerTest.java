package org.vnicconsole.model.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Zc2SignerTest {

    @Test
    void reproducesTheSignaturePrintedInThePublicDocs() {
        byte[] body = "{\"pageSize\":10,\"pageNum\":1,\"zoneId\":\"HKG-A\"}"
                .getBytes(StandardCharsets.UTF_8);

        String signature = Zc2Signer.signature("Gu5t9xGARNpq86cd98joQYCN3",
                "application/json; charset=utf-8", "console.zenlayer.com", "1673361177", body);

        assertThat(Zc2Signer.bodyHash(body))
                .isEqualTo("5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a");
        assertThat(signature)
                .isEqualTo("efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f");
    }

    @Test
    void reproducesTheLoopbackVector() {
        byte[] body = "{\"pageNum\":1,\"pageSize\":10}".getBytes(StandardCharsets.UTF_8);

        String canonical = Zc2Signer.canonicalRequest("application/json", "127.0.0.1:8080", body);
        String signature = Zc2Signer.signature(
                "SECRETEXAMPLE", "application/json", "127.0.0.1:8080", "1700000000", body);

        assertThat(Zc2Signer.bodyHash(body))
                .isEqualTo("5510e6223fee7a4de4701f1b1ff30e1a99cb39c5a9eb2995597e3454461eae96");
        assertThat(Zc2Signer.stringToSign("1700000000", canonical))
                .endsWith("c870015b61f727dcbe3098005f6deb5e84e5997159dfdd69b485235db26ac8d3");
        assertThat(signature)
                .isEqualTo("8e2bd9036999166090141fe94777365ed1d1084a6b3d90893a48c26ca46c3daa");
    }

    @Test
    void contentTypeMattersByteForByte() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        String plain = Zc2Signer.signature("s", "application/json", "h", "1", body);
        String charset = Zc2Signer.signature("s", "application/json; charset=utf-8", "h", "1", body);

        assertThat(plain).isNotEqualTo(charset);
    }

    @Test
    void matchesComparesWholeSignatures() {
        assertThat(Zc2Signer.matches("abc", "abc")).isTrue();
        assertThat(Zc2Signer.matches("abc", "abd")).isFalse();
        assertThat(Zc2Signer.matches("abc", "ab")).isFalse();
        assertThat(Zc2Signer.matches("abc", null)).isFalse();
    }

    @Test
    void authorizationHeaderHasThePublicLayout() {
        assertThat(Zc2Signer.authorization("AK1", "00ff"))
                .isEqualTo("ZC2-HMAC-SHA256 Credential=AK1, SignedHeaders=content-type;host, "
                        + "Signature=00ff");
    }
}
