package org.vnicconsole.client.internal;

import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.client.ClientConfig;
import org.vnicconsole.model.signing.Zc2Signer;

/**
 * Builds the signed HTTP request of one attempt: {@code POST {scheme}://{host}/api/v2/{service}}
 * with the action in headers and a ZC2-HMAC-SHA256 Authorization over exactly the Content-Type,
 * Host and body bytes that are sent. The Host header is set here, so OkHttp sends the value that
 * was signed. Immutable; safe from any thread.
 */
public final class RequestSigner {

    /** The Content-Type sent and signed, byte for byte. */
    public static final String CONTENT_TYPE = "application/json";

    private static final MediaType JSON = MediaType.get(CONTENT_TYPE);

    private final ClientConfig config;
    private final HttpUrl baseUrl;
    private final String host;

    /** Resolves the endpoint of the configuration once. */
    public RequestSigner(ClientConfig config) {
        this.config = config;
        HttpUrl parsed = HttpUrl.parse(config.scheme() + "://" + config.endpoint() + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("not a host[:port]: " + config.endpoint());
        }
        this.baseUrl = parsed;
        this.host = hostHeader(parsed);
    }

    /** The Host header value: the host, with {@code :port} when it is not the scheme's default. */
    public String host() {
        return host;
    }

    /** The signed request for one attempt of an action, stamped with the given time. */
    public Request sign(ApiService service, String action, byte[] body, Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        String signature = Zc2Signer.signature(
                config.accessKeySecret(), CONTENT_TYPE, host, timestamp, body);
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegments("api/v2")
                .addPathSegment(service.pathSegment())
                .build();
        return new Request.Builder()
                .url(url)
                .header("Host", host)
                .header("Content-Type", CONTENT_TYPE)
                .header("x-zc-version", service.version())
                .header("x-zc-service", service.pathSegment())
                .header("x-zc-action", action)
                .header("x-zc-timestamp", timestamp)
                .header("x-zc-signature-method", Zc2Signer.ALGORITHM)
                .header("Authorization", Zc2Signer.authorization(config.accessKeyId(), signature))
                .header("x-zc-sdk-lang", "java")
                .header("x-zc-request-client", config.requestClient())
                .post(RequestBody.create(body, JSON))
                .build();
    }

    private static String hostHeader(HttpUrl url) {
        String name = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return defaultPort ? name : name + ":" + url.port();
    }
}
