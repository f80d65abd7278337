package org.vnicconsole.console.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.client.CallListener;
import org.vnicconsole.console.fleet.FleetGateway;

/**
 * A connection in use: the gateway the view models call and what to close when the console
 * disconnects (transports, and an embedded control plane if the session started one).
 * Thread-safe to close once.
 */
public record ConsoleSession(FleetGateway gateway, AutoCloseable resources)
        implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("Closing the session to {} failed: {}", gateway.endpoint(), e.toString());
        }
    }

    /** Opens a session; blocking, so called off the UI thread. */
    @FunctionalInterface
    public interface Opener {

        /** Connects; every API call is reported to {@code listener}. */
        ConsoleSession open(CallListener listener) throws Exception;
    }
}
