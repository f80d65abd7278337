package org.vnicconsole.control.api;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.auth.KeyRing;
import org.vnicconsole.control.auth.SignatureVerifier;

/**
 * The control plane's HTTP server: Javalin on Jetty, one route {@code POST /api/v2/{service}} in
 * the Zenlayer Cloud API v2 wire format, plain HTTP or HTTPS from a keystore. Any other path or
 * method gets a JSON error envelope too (404 or 405). Started by {@link #start}; {@link #close()}
 * stops it and waits for requests in flight. The same class serves {@code vnic-console server}
 * and the console's in-process control plane ({@link #startEmbedded}). Thread-safe.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final String scheme;
    private final String host;
    private final int port;

    private ApiServer(Javalin app, String scheme, String host, int port) {
        this.app = app;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts a server with these options, serving the registry's actions to callers holding the
     * ring's keys.
     *
     * @throws io.javalin.util.JavalinException when the port cannot be bound
     */
    public static ApiServer start(ApiServerOptions options, ActionRegistry registry, KeyRing keys) {
        SignatureVerifier verifier =
                new SignatureVerifier(keys, options.clock(), options.clockSkew());
        ApiEndpoint endpoint = new ApiEndpoint(registry, verifier, options.maxBodyBytes());
        warnIfExposed(options);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.host = options.bindAddress();
            config.jetty.port = options.port();
            options.tls().ifPresent(tls -> config.jetty.addConnector(
                    (server, http) -> httpsConnector(server, http, options, tls)));
            config.routes.post("/api/v2/{service}", endpoint::handle);
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> ApiEndpoint.writeRouteError(ctx, 404,
                    ErrorCodes.RESOURCE_NOT_FOUND, "no such path; the API is POST /api/v2/zec"));
            config.routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> ApiEndpoint.writeRouteError(
                    ctx, 405, ErrorCodes.INVALID_PARAMETER_VALUE, "the API takes POST only"));
        });
        app.start();
        int port = boundPort(app);
        String scheme = options.tls().isPresent() ? "https" : "http";
        ApiServer server = new ApiServer(app, scheme, hostForUri(options.bindAddress()), port);
        LOG.info("API server listening on {} (services: {})", server.baseUri(),
                registry.serviceNames());
        return server;
    }

    /** Starts a plain-HTTP server on a free loopback port, for the console's own use. */
    public static ApiServer startEmbedded(ActionRegistry registry, KeyRing keys) {
        return start(ApiServerOptions.loopback(0), registry, keys);
    }

    /** The port the server listens on (the chosen one when asked for port 0). */
    public int port() {
        return port;
    }

    /** The scheme, host and port clients use, for example {@code http://127.0.0.1:8765}. */
    public URI baseUri() {
        return URI.create(scheme + "://" + host + ":" + port);
    }

    /** Stops listening and waits for requests in flight. */
    @Override
    public void close() {
        app.stop();
        LOG.info("API server on port {} stopped", port);
    }

    private static Connector httpsConnector(Server server, HttpConfiguration http,
            ApiServerOptions options, ApiServerOptions.Tls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        ssl.setKeyManagerPassword(tls.password());
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        return connector;
    }

    private static int boundPort(Javalin app) {
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                return serverConnector.getLocalPort();
            }
        }
        throw new IllegalStateException("the server has no network connector");
    }

    private static void warnIfExposed(ApiServerOptions options) {
        if (options.tls().isEmpty() && !isLoopback(options.bindAddress())) {
            LOG.warn("Listening on {} without TLS: signatures stop tampering but not reading; "
                    + "give --keystore for HTTPS", options.bindAddress());
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUri(String bindAddress) {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::")
                ? "127.0.0.1" : bindAddress;
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
