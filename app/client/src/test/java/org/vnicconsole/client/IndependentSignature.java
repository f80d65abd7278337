package org.vnicconsole.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ZC2-HMAC-SHA256 written again from the wire reference (section 2), step by step, so that
 * tests check the client's signature against code that shares nothing with the model's signer.
 */
final class IndependentSignature {

    private IndependentSignature() {
    }

    static String sign(
            String secret, String contentType, String host, String timestamp, byte[] body) {
        String canonicalRequest = String.join("\n",
                "POST",
                "/",
                "",
                "content-type:" + contentType + "\nhost:" + host + "\n",
                "content-type;host",
                sha256Hex(body));
        String stringToSign = "ZC2-HMAC-SHA256\n" + timestamp + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(
                    mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
