package org.vnicconsole.console.ui;

import java.nio.file.Path;
import java.util.Map;
import org.vnicconsole.console.connection.ApiSessions;
import org.vnicconsole.console.shell.ConsoleSession;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.auth.AccessKey;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.control.auth.KeyRing;
import org.vnicconsole.control.fleet.FleetLoader;
import org.vnicconsole.control.server.ControlServer;

/**
 * A control plane with the demo fleet served on a free loopback port, for UI tests: the same
 * embedded server the console starts, with keys in a temporary config directory.
 */
final class EmbeddedFleet implements AutoCloseable {

    private final ControlServer server;
    private final KeyRing keys;

    EmbeddedFleet(Path dir) throws Exception {
        keys = new CredentialsStore(dir.resolve("config"), Map.of()).loadOrCreate();
        server = ControlServer.startEmbedded(ControlPlane.open(dir.resolve("data"),
                FleetLoader.demo()), keys);
    }

    /** {@code 127.0.0.1:port}. */
    String endpoint() {
        return server.baseUri().getHost() + ":" + server.baseUri().getPort();
    }

    AccessKey tenantKey() {
        return keys.tenant();
    }

    AccessKey operatorKey() {
        return keys.operator();
    }

    int port() {
        return server.baseUri().getPort();
    }

    /** An opener of sessions to {@code endpoint} with this plane's keys. */
    ConsoleSession.Opener opener(String endpoint) {
        return listener -> ApiSessions.open(endpoint, "http", keys.tenant().keyId(),
                keys.tenant().secret(), keys.operator().keyId(), keys.operator().secret(),
                listener);
    }

    @Override
    public void close() {
        server.close();
    }
}
