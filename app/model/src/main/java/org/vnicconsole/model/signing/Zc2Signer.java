package org.vnicconsole.model.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ZC2-HMAC-SHA256 request signature of the Zenlayer Cloud API v2, shared by the client (which
 * signs) and the control plane (which verifies). Pure JDK, stateless and safe from any thread.
 *
 * <p>The canonical request always uses the URI {@code /}, an empty query string and the two signed
 * headers {@code content-type;host}, with their values exactly as sent. The HMAC key is the raw
 * secret; there is no derived key.
 */
public final class Zc2Signer {

    /** The algorithm name, as it appears in the Authorization header and the string to sign. */
    public static final String ALGORITHM = "ZC2-HMAC-SHA256";

    /** The only signed-header list the public SDKs send. */
    public static final String SIGNED_HEADERS = "content-type;host";

    private static final HexFormat HEX = HexFormat.of();

    private Zc2Signer() {
    }

    /** Lower-case hex SHA-256 of the raw body bytes. */
    public static String bodyHash(byte[] body) {
        return HEX.formatHex(sha256(body));
    }

    /** The six-part canonical request for the given header values and body. */
    public static String canonicalRequest(String contentType, String host, byte[] body) {
        return "POST\n/\n\n"
                + "content-type:" + contentType.trim() + "\n"
                + "host:" + host.trim() + "\n"
                + "\n"
                + SIGNED_HEADERS + "\n"
                + bodyHash(body);
    }

    /** The three-line string to sign (no trailing newline). */
    public static String stringToSign(String timestamp, String canonicalRequest) {
        byte[] canonicalBytes = canonicalRequest.getBytes(StandardCharsets.UTF_8);
        return ALGORITHM + "\n" + timestamp + "\n" + HEX.formatHex(sha256(canonicalBytes));
    }

    /** Lower-case hex signature of a request with these header values, timestamp and body. */
    public static String signature(
            String secret, String contentType, String host, String timestamp, byte[] body) {
        String toSign = stringToSign(timestamp, canonicalRequest(contentType, host, body));
        return HEX.formatHex(hmac(secret, toSign));
    }

    /** The full Authorization header value for a key id and signature. */
    public static String authorization(String accessKeyId, String signature) {
        return ALGORITHM + " Credential=" + accessKeyId + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }

    /** Compares two signatures in time that does not depend on where they differ. */
    public static boolean matches(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
