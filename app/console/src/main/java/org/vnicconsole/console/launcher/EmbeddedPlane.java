package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    static ConsoleSession.Opener opener(Path dataDir, Fleet fleet, CredentialsStore credentials) {
        return listener -> {
            long started = System.nanoTime();
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
            String endpoint = server.baseUri().getHost() + ":" + server.baseUri().getPort();
            ConsoleSession api = ApiSessions.open(endpoint, "http", keys.tenant().keyId(),
                    keys.tenant().secret(), keys.operator().keyId(), keys.operator().secret(),
                    listener);
            LOG.info("Embedded control plane on {} with data in {} (ready in {} ms)",
                    server.baseUri(), dataDir, (System.nanoTime() - started) / 1_000_000);
            return new ConsoleSession(api.gateway(), () -> {
                api.close();
                server.close();
            });
        };
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
