package org.vnicconsole.control.auth;

import static org.vnicconsole.control.api.ErrorCodes.INVALID_AUTHORIZATION;
import static org.vnicconsole.control.api.ErrorCodes.SIGNATURE_EXPIRED;
import static org.vnicconsole.control.api.ErrorCodes.SIGNATURE_FAILURE;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.vnicconsole.control.api.ApiError;
import org.vnicconsole.control.api.Caller;
import org.vnicconsole.model.signing.Zc2Signer;

/**
 * Verifies ZC2-HMAC-SHA256 signatures the way the public SDKs make them: the raw body bytes are
 * hashed, the signed headers' received values are used trimmed, the timestamp must lie within the
 * clock-skew window either side of server time, and signatures are compared in constant time.
 * {@code SignedHeaders} must list {@code content-type} and {@code host}; further listed headers are
 * canonicalised too, sorted by name. Header values are tried verbatim first and then lower-cased
 * (the public docs say lower-case, the SDKs sign verbatim; only an upper-case Host tells them
 * apart).
 *
 * <p>Refusals: a missing or malformed Authorization header, timestamp or signature method gets
 * {@code AUTHFAILURE_INVALID_AUTHORIZATION}; an unknown key id or a wrong signature gets
 * {@code AUTHFAILURE_SIGNATURE_FAILURE} (a key id is not a secret, so the message says which); a
 * timestamp outside the window gets {@code AUTHFAILURE_SIGNATURE_EXPIRED}. Messages never contain
 * a secret. Immutable and thread-safe.
 */
public final class SignatureVerifier {

    /** The window the public API documents: five minutes either side of server time. */
    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(5);

    private static final HexFormat HEX = HexFormat.of();
    private static final String PREFIX = Zc2Signer.ALGORITHM + " ";

    private final KeyRing keys;
    private final Clock clock;
    private final Duration skew;

    /** A verifier over these keys, reading time from the clock, with this skew window. */
    public SignatureVerifier(KeyRing keys, Clock clock, Duration skew) {
        this.keys = keys;
        this.clock = clock;
        this.skew = skew;
    }

    /**
     * The caller of a request, or an {@link ApiError} saying why it is refused.
     *
     * @param headers the request's header values by case-insensitive name; null when absent
     * @param body the raw body bytes
     */
    public Caller verify(UnaryOperator<String> headers, byte[] body) {
        ParsedAuthorization auth = parse(headers.apply("authorization"));
        String method = headers.apply("x-zc-signature-method");
        if (method != null && !method.trim().equals(Zc2Signer.ALGORITHM)) {
            throw invalid("x-zc-signature-method must be " + Zc2Signer.ALGORITHM);
        }
        AccessKey key = keys.find(auth.keyId()).orElseThrow(() -> ApiError.unauthorized(
                SIGNATURE_FAILURE, "access key id " + auth.keyId() + " is not known here"));
        String timestamp = checkTimestamp(headers.apply("x-zc-timestamp"));

        List<String> values = auth.signedHeaders().stream()
                .map(name -> headerValue(headers, name))
                .toList();
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(signature(key.secret(), timestamp, auth.signedHeaders(), values, body));
        candidates.add(signature(key.secret(), timestamp, auth.signedHeaders(),
                values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList(), body));
        boolean matched = false;
        for (String expected : candidates) {
            matched |= Zc2Signer.matches(expected, auth.signature());
        }
        if (!matched) {
            throw ApiError.unauthorized(SIGNATURE_FAILURE, "the signature does not match the "
                    + "request; sign the exact body bytes with the Host and Content-Type sent");
        }
        return new Caller(key.keyId(), key.role());
    }

    private String checkTimestamp(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("the x-zc-timestamp header is missing");
        }
        String trimmed = value.trim();
        if (!trimmed.matches("[0-9]{1,12}")) {
            throw invalid("x-zc-timestamp must be Unix seconds in decimal");
        }
        long seconds = Long.parseLong(trimmed);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > skew.toSeconds()) {
            throw ApiError.unauthorized(SIGNATURE_EXPIRED, "the request timestamp " + seconds
                    + " is more than " + skew.toSeconds() + " s from server time " + now);
        }
        return trimmed;
    }

    private static String headerValue(UnaryOperator<String> headers, String name) {
        String value = headers.apply(name);
        if (value == null) {
            throw invalid("the signed header " + name + " is missing from the request");
        }
        return value.trim();
    }

    private static String signature(String secret, String timestamp, List<String> names,
            List<String> values, byte[] body) {
        StringBuilder canonical = new StringBuilder("POST\n/\n\n");
        for (int i = 0; i < names.size(); i++) {
            canonical.append(names.get(i)).append(':').append(values.get(i)).append('\n');
        }
        canonical.append('\n').append(String.join(";", names)).append('\n')
                .append(Zc2Signer.bodyHash(body));
        String toSign = Zc2Signer.stringToSign(timestamp, canonical.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static ParsedAuthorization parse(String header) {
        if (header == null || header.isBlank()) {
            throw invalid("the Authorization header is missing; sign the request with "
                    + Zc2Signer.ALGORITHM);
        }
        String value = header.trim();
        if (!value.startsWith(PREFIX)) {
            throw invalid("the Authorization header must start with " + Zc2Signer.ALGORITHM
                    + " (bearer tokens are not supported here)");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : value.substring(PREFIX.length()).split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw invalid("the Authorization header has a part without '='");
            }
            String name = part.substring(0, equals).trim();
            String partValue = part.substring(equals + 1).trim();
            switch (name) {
                case "Credential" -> credential = partValue;
                case "SignedHeaders" -> signedHeaders = partValue;
                case "Signature" -> signature = partValue;
                default -> throw invalid("the Authorization header has an unknown part");
            }
        }
        if (credential == null || credential.isEmpty() || signedHeaders == null
                || signature == null) {
            throw invalid("the Authorization header needs Credential, SignedHeaders and Signature");
        }
        if (!credential.matches("[A-Za-z0-9_.-]{1,128}")) {
            throw invalid("the Credential must be an access key id of letters and digits");
        }
        if (!signature.matches("[0-9a-fA-F]{64}")) {
            throw invalid("the Signature must be 64 hexadecimal digits");
        }
        return new ParsedAuthorization(credential, signedHeaderNames(signedHeaders),
                signature.toLowerCase(Locale.ROOT));
    }

    private static List<String> signedHeaderNames(String list) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : list.split(";")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (!trimmed.matches("[a-z0-9-]{1,64}")) {
                throw invalid("SignedHeaders must be header names separated by ';'");
            }
            names.add(trimmed);
        }
        if (!names.contains("content-type") || !names.contains("host")) {
            throw invalid("SignedHeaders must include content-type and host");
        }
        if (names.size() > 16) {
            throw invalid("SignedHeaders lists more than 16 headers");
        }
        return List.copyOf(names);
    }

    private static ApiError invalid(String message) {
        return ApiError.unauthorized(INVALID_AUTHORIZATION, message);
    }

    private record ParsedAuthorization(String keyId, List<String> signedHeaders, String signature) {
    }
}
