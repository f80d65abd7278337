package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ApiServerOptions;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.control.auth.KeyRing;
import org.vnicconsole.control.auth.UserDirectories;
import org.vnicconsole.control.fleet.Fleet;
import org.vnicconsole.control.fleet.FleetGenerator;
import org.vnicconsole.control.fleet.FleetLoader;
import org.vnicconsole.control.server.ControlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vnic-console server}: runs the control plane alone and serves the API until SIGTERM or
 * Ctrl-C, then stops the server cleanly. Prints {@code listening on <url>} to stdout once bound
 * (with the chosen port when {@code --port 0}); everything else goes to the log on stderr.
 *
 * <p>The store lives in {@code --data}; a new store gets the demo fleet, {@code --fleet FILE}, or
 * nothing with {@code --fleet none}. Runs on the main thread, which waits for the shutdown hook.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the control plane alone and serve the API (HTTP, or HTTPS with "
                + "--keystore).")
public final class ServerCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). A non-loopback "
                    + "address without --keystore is allowed but warned about.")
    String bind;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the store lives (default: $VNIC_DATA_DIR, else "
                    + "$XDG_DATA_HOME/vnic-console, else ~/.local/share/vnic-console).")
    Path data;

    @Option(names = "--fleet", paramLabel = "FILE|none|generated:N",
            description = "Fleet loaded into a new store instead of the demo fleet: a fleet "
                    + "file, 'none' for an empty store, or 'generated:N' for a generated fleet "
                    + "of N instances (benchmarks).")
    String fleet;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "PKCS12 or JKS keystore with the server certificate: serve HTTPS.")
    Path keystore;

    @Option(names = "--keystore-password", paramLabel = "PASSWORD",
            defaultValue = "${env:VNIC_KEYSTORE_PASSWORD}",
            description = "Keystore password (default: $VNIC_KEYSTORE_PASSWORD; prefer the "
                    + "variable, a command-line password shows in the process list).")
    String keystorePassword;

    @Spec
    CommandSpec spec;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException, InterruptedException {
        ControlServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            server.close();
            stopped.countDown();
        }, "vnic-server-shutdown"));
        stopped.await();
        return 0;
    }

    /** Checks the options, loads the keys, opens the store, binds and prints where it listens. */
    ControlServer start() throws IOException {
        ApiServerOptions options = options();
        Path dataDir = data != null ? data : UserDirectories.dataDir(env);
        Fleet initialFleet = fleet();
        createPrivateDirectory(dataDir);
        CredentialsStore credentials =
                new CredentialsStore(UserDirectories.configDir(env), env);
        KeyRing keys = credentials.loadOrCreate();
        ControlPlane plane = ControlPlane.open(dataDir, initialFleet);
        ControlServer server;
        try {
            server = ControlServer.start(plane, options, keys);
        } catch (RuntimeException e) {
            plane.close();
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("listening on " + server.baseUri());
        out.flush();
        LOG.info("Data in {}; keys {} (tenant) and {} (operator) from {}", dataDir,
                keys.tenant().keyId(), keys.operator().keyId(), keySource(credentials));
        return server;
    }

    private ApiServerOptions options() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        ApiServerOptions options = ApiServerOptions.loopback(port).withBindAddress(bind);
        if (keystore == null) {
            return options;
        }
        if (!Files.isReadable(keystore)) {
            throw new ParameterException(spec.commandLine(), "cannot read keystore " + keystore);
        }
        if (keystorePassword == null || keystorePassword.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--keystore needs a password: set VNIC_KEYSTORE_PASSWORD");
        }
        return options.withTls(new ApiServerOptions.Tls(keystore, keystorePassword));
    }

    /** The fleet for a new store: the demo by default, a file, or none. */
    private Fleet fleet() {
        if (fleet == null) {
            return FleetLoader.demo();
        }
        if (fleet.equals("none")) {
            return null;
        }
        if (fleet.startsWith("generated:")) {
            try {
                return FleetGenerator.generate(Integer.parseInt(fleet.substring(10)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--fleet generated:N takes N "
                        + "from 4 to 200000 instances, got " + fleet.substring(10));
            }
        }
        if (!Files.isReadable(Path.of(fleet))) {
            throw new ParameterException(spec.commandLine(), "cannot read fleet file " + fleet
                    + "; give a readable file or 'none' for an empty store");
        }
        try {
            return FleetLoader.read(Path.of(fleet));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private String keySource(CredentialsStore credentials) {
        return env.containsKey(CredentialsStore.TENANT_ID_VARIABLE)
                        && env.containsKey(CredentialsStore.OPERATOR_ID_VARIABLE)
                ? "the environment" : credentials.file().toString();
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
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
