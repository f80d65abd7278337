package org.vnicconsole.control.server;

import java.net.URI;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.actions.ControlPlaneActions;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ApiServer;
import org.vnicconsole.control.api.ApiServerOptions;
import org.vnicconsole.control.auth.KeyRing;

/**
 * A control plane behind its API server: what {@code vnic-console server} runs, and what the
 * console embeds on a free loopback port. Closing it stops the server, then closes the store.
 * Thread-safe.
 */
public final class ControlServer implements AutoCloseable {

    private final ControlPlane plane;
    private final ApiServer server;
    private final KeyRing keys;

    private ControlServer(ControlPlane plane, ApiServer server, KeyRing keys) {
        this.plane = plane;
        this.server = server;
        this.keys = keys;
    }

    /** Serves every action of the plane with these options and keys. */
    public static ControlServer start(ControlPlane plane, ApiServerOptions options, KeyRing keys) {
        ActionRegistry registry = ActionRegistry.withStandardServices();
        ControlPlaneActions.register(registry, plane);
        return new ControlServer(plane, ApiServer.start(options, registry, keys), keys);
    }

    /** Serves the plane on a free loopback port, as the console's embedded control plane. */
    public static ControlServer startEmbedded(ControlPlane plane, KeyRing keys) {
        return start(plane, ApiServerOptions.loopback(0), keys);
    }

    /** Where clients reach it, for example {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return server.baseUri();
    }

    public ControlPlane plane() {
        return plane;
    }

    public KeyRing keys() {
        return keys;
    }

    @Override
    public void close() {
        server.close();
        plane.close();
    }
}
