package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.client.CallListener;
import org.vnicconsole.console.connection.ApiSessions;
import org.vnicconsole.console.shell.ConsoleSession;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.control.auth.KeyRing;
import org.vnicconsole.control.fleet.Fleet;
import org.vnicconsole.control.server.ControlServer;

/**
 * Opens the console's embedded control plane: the store in a data directory (loaded with a fleet
 * when new), the API server on a free loopback port, and a session to it with the keys of the
 * credentials store. The only console code that touches the control plane, as the architecture
 * requires. Blocking; call off the UI thread.
 */
final class EmbeddedPlane {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlane.class);

    private EmbeddedPlane() {
    }

    /** An opener for a plane in {@code dataDir} with keys from {@code credentials}. */
    static Starter opener(Path dataDir, Fleet fleet, CredentialsStore credentials) {
        return new Starter(dataDir, fleet, credentials);
    }

    /**
     * Opens sessions to one embedded plane. {@link #startNow()} starts the plane on its own
     * thread, so it can come up while the window is being built; {@link #open} starts it if
     * that has not happened and waits for it. Thread-safe.
     */
    static final class Starter implements ConsoleSession.Opener {

        private final Path dataDir;
        private final Fleet fleet;
        private final CredentialsStore credentials;
        private final CompletableFuture<Started> starting = new CompletableFuture<>();
        private final AtomicBoolean begun = new AtomicBoolean();

        private Starter(Path dataDir, Fleet fleet, CredentialsStore credentials) {
            this.dataDir = dataDir;
            this.fleet = fleet;
            this.credentials = credentials;
        }

        /** Starts the plane in the background; later calls do nothing. */
        void startNow() {
            if (!begun.compareAndSet(false, true)) {
                return;
            }
            Thread thread = new Thread(() -> {
                try {
                    starting.complete(start(dataDir, fleet, credentials));
                } catch (Exception | Error e) {
                    starting.completeExceptionally(e);
                }
            }, "vnic-embedded-plane");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public ConsoleSession open(CallListener listener) throws Exception {
            startNow();
            Started started;
            try {
                started = starting.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            ControlServer server = started.server();
            KeyRing keys = started.keys();
            String endpoint = server.baseUri().getHost() + ":" + server.baseUri().getPort();
            ConsoleSession api = ApiSessions.open(endpoint, "http", keys.tenant().keyId(),
                    keys.tenant().secret(), keys.operator().keyId(), keys.operator().secret(),
                    listener);
            return new ConsoleSession(api.gateway(), () -> {
                api.close();
                server.close();
            });
        }
    }

    private static Started start(Path dataDir, Fleet fleet, CredentialsStore credentials)
            throws IOException {
        long began = System.nanoTime();
        createPrivateDirectory(dataDir);
        KeyRing keys = credentials.loadOrCreate();
        ControlPlane plane = ControlPlane.open(dataDir, fleet);
        ControlServer server;
        try {
            server = ControlServer.startEmbedded(plane, keys);
        } catch (RuntimeException e) {
            plane.close();
            throw e;
        }
        LOG.info("Embedded control plane on {} with data in {} (ready in {} ms)",
                server.baseUri(), dataDir, (System.nanoTime() - began) / 1_000_000);
        return new Started(server, keys);
    }

    private record Started(ControlServer server, KeyRing keys) {
    }

    static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }
}
