package org.vnicconsole.control.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent ZC2-HMAC-SHA256 signer written from the wire reference (section 2.1), not from
 * the server's code: the tests sign with it so that a shared mistake cannot pass unnoticed.
 */
final class ReferenceSigner {

    private ReferenceSigner() {
    }

    static String signature(String secret, String contentType, String host, String timestamp,
            byte[] body) {
        String canonicalRequest = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host
                + "\n\ncontent-type;host\n" + hex(sha256(body));
        String stringToSign = "ZC2-HMAC-SHA256\n" + timestamp + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        return hex(hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
                stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static String authorization(String keyId, String signature) {
        return "ZC2-HMAC-SHA256 Credential=" + keyId + ", SignedHeaders=content-type;host, "
                + "Signature=" + signature;
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xf, 16));
            out.append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
