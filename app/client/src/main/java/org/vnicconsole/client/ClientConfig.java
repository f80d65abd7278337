package org.vnicconsole.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how the client connects: endpoint {@code host[:port]} without a scheme, the scheme
 * ({@code http} or {@code https}), the access key pair, timeouts, retry budgets and the value of
 * {@code x-zc-request-client}. Immutable; {@link #toString()} never shows the secret.
 *
 * <p>Rate-limited calls (HTTP 429 or code {@code REQUEST_LIMIT_EXCEEDED}) are retried up to
 * {@code rateLimitMaxRetries} times, waiting 1 s, 2 s, 4 s and so on, as the public SDKs do.
 * Network failures are retried up to {@code networkMaxRetries} times, with the same waits, but
 * only for read actions ({@code Describe*}, {@code Available*}); a mutation is never re-sent.
 *
 * @param endpoint host and optional port, for example {@code console.zenlayer.com} or
 *     {@code 127.0.0.1:8080}
 * @param scheme {@code https} or {@code http}, lower case
 * @param accessKeyId the access key id, sent in the Authorization header
 * @param accessKeySecret the access key password, used only as the HMAC key
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param readTimeout how long to wait for each read of the response
 * @param rateLimitMaxRetries retries after a rate-limit answer; 0 disables them
 * @param networkMaxRetries retries of a read action after a network failure; 0 disables them
 * @param requestClient the {@code x-zc-request-client} value, at most 128 characters
 */
public record ClientConfig(
        String endpoint,
        String scheme,
        String accessKeyId,
        String accessKeySecret,
        Duration connectTimeout,
        Duration readTimeout,
        int rateLimitMaxRetries,
        int networkMaxRetries,
        String requestClient) {

    /** The public service's host. */
    public static final String DEFAULT_ENDPOINT = "console.zenlayer.com";

    /** The public service's scheme; it serves HTTPS only. */
    public static final String DEFAULT_SCHEME = "https";

    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Default read timeout. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** Default number of retries after a rate-limit answer, as in the public SDKs. */
    public static final int DEFAULT_RATE_LIMIT_MAX_RETRIES = 3;

    /** Default number of retries of a read action after a network failure. */
    public static final int DEFAULT_NETWORK_MAX_RETRIES = 2;

    /** Default value of {@code x-zc-request-client}. */
    public static final String DEFAULT_REQUEST_CLIENT = "vnic-console";

    /** Environment variable of the access key id. */
    public static final String ENV_KEY_ID = "ZENLAYER_ACCESS_KEY_ID";

    /** Environment variable of the access key secret. */
    public static final String ENV_KEY_SECRET = "ZENLAYER_ACCESS_KEY_SECRET";

    /** Environment variable of the endpoint, {@code host[:port]}. */
    public static final String ENV_ENDPOINT = "ZENLAYER_ENDPOINT";

    /** Environment variable of the scheme, {@code http} or {@code https}. */
    public static final String ENV_SCHEME = "ZENLAYER_SCHEME";

    private static final Pattern REQUEST_CLIENT = Pattern.compile("[0-9A-Za-z\\-_ ,;.]{0,128}");

    /** Checks every field; throws {@link IllegalArgumentException} saying what to fix. */
    public ClientConfig {
        endpoint = requireText(endpoint, "endpoint").trim();
        if (endpoint.contains("://") || endpoint.contains("/")) {
            throw new IllegalArgumentException("endpoint is host[:port] only, without scheme or "
                    + "path (give the scheme separately): " + endpoint);
        }
        scheme = requireText(scheme, "scheme").trim().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https: " + scheme);
        }
        requireText(accessKeyId, "accessKeyId");
        requireText(accessKeySecret, "accessKeySecret");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (rateLimitMaxRetries < 0 || networkMaxRetries < 0) {
            throw new IllegalArgumentException("retry counts cannot be negative");
        }
        Objects.requireNonNull(requestClient, "requestClient");
        if (!REQUEST_CLIENT.matcher(requestClient).matches()) {
            throw new IllegalArgumentException(
                    "requestClient takes up to 128 of [0-9A-Za-z-_ ,;.]: " + requestClient);
        }
    }

    /** The public endpoint over HTTPS with default timeouts and retries. */
    public static ClientConfig of(String accessKeyId, String accessKeySecret) {
        return new ClientConfig(DEFAULT_ENDPOINT, DEFAULT_SCHEME, accessKeyId, accessKeySecret,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_RATE_LIMIT_MAX_RETRIES,
                DEFAULT_NETWORK_MAX_RETRIES, DEFAULT_REQUEST_CLIENT);
    }

    /**
     * The configuration named by environment variables, as the {@code zeno} CLI names them:
     * {@value #ENV_KEY_ID} and {@value #ENV_KEY_SECRET} (required), {@value #ENV_ENDPOINT}
     * (default {@value #DEFAULT_ENDPOINT}) and {@value #ENV_SCHEME} (default
     * {@value #DEFAULT_SCHEME}); timeouts and retries take their defaults.
     *
     * @param env the variables, usually {@code System.getenv()}
     * @throws IllegalArgumentException when a key is missing or a value is malformed
     */
    public static ClientConfig fromEnvironment(Map<String, String> env) {
        return of(env.get(ENV_KEY_ID), env.get(ENV_KEY_SECRET)).withEndpoint(
                env.getOrDefault(ENV_ENDPOINT, DEFAULT_ENDPOINT),
                env.getOrDefault(ENV_SCHEME, DEFAULT_SCHEME));
    }

    /** A copy pointed at another endpoint, for example {@code 127.0.0.1:8080} and {@code http}. */
    public ClientConfig withEndpoint(String newEndpoint, String newScheme) {
        return new ClientConfig(newEndpoint, newScheme, accessKeyId, accessKeySecret,
                connectTimeout, readTimeout, rateLimitMaxRetries, networkMaxRetries,
                requestClient);
    }

    /** A copy with other timeouts. */
    public ClientConfig withTimeouts(Duration newConnectTimeout, Duration newReadTimeout) {
        return new ClientConfig(endpoint, scheme, accessKeyId, accessKeySecret,
                newConnectTimeout, newReadTimeout, rateLimitMaxRetries, networkMaxRetries,
                requestClient);
    }

    /** A copy with other retry budgets; 0 turns a kind of retry off. */
    public ClientConfig withRetries(int newRateLimitMaxRetries, int newNetworkMaxRetries) {
        return new ClientConfig(endpoint, scheme, accessKeyId, accessKeySecret,
                connectTimeout, readTimeout, newRateLimitMaxRetries, newNetworkMaxRetries,
                requestClient);
    }

    /** A copy that sends another {@code x-zc-request-client} value. */
    public ClientConfig withRequestClient(String newRequestClient) {
        return new ClientConfig(endpoint, scheme, accessKeyId, accessKeySecret,
                connectTimeout, readTimeout, rateLimitMaxRetries, networkMaxRetries,
                newRequestClient);
    }

    /** Everything but the secret, which shows as {@code ***}. */
    @Override
    public String toString() {
        return "ClientConfig[endpoint=" + endpoint + ", scheme=" + scheme
                + ", accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", rateLimitMaxRetries=" + rateLimitMaxRetries
                + ", networkMaxRetries=" + networkMaxRetries
                + ", requestClient=" + requestClient + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
