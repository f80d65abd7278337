package org.vnicconsole.client.internal;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.vnicconsole.client.ClientConfig;

/**
 * The OkHttp settings the transport relies on: the configured timeouts, and no silent retry by
 * OkHttp itself, because whether a request may be sent twice is the retry policy's decision.
 * Idle connections are dropped after 20 s, before common servers close them (Jetty: 30 s).
 */
public final class HttpClients {

    private static final long KEEP_ALIVE_SECONDS = 20;

    private HttpClients() {
    }

    /** A client derived from {@code base} (sharing its pool), or a new one when base is null. */
    public static OkHttpClient configure(OkHttpClient base, ClientConfig config) {
        OkHttpClient.Builder builder = base == null
                ? new OkHttpClient.Builder()
                        .connectionPool(new ConnectionPool(5, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS))
                : base.newBuilder();
        return builder
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }
}
