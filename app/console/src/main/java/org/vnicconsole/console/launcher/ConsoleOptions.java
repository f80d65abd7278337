package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.vnicconsole.client.ClientConfig;
import org.vnicconsole.console.connection.ConnectionRequest;
import org.vnicconsole.console.connection.ConnectionStore;
import org.vnicconsole.console.connection.Endpoint;
import org.vnicconsole.console.shell.ConsoleSession;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.control.auth.UserDirectories;
import org.vnicconsole.control.fleet.Fleet;
import org.vnicconsole.control.fleet.FleetLoader;
import picocli.CommandLine.Option;

/**
 * The console's own options, used when no subcommand is given: the embedded control plane by
 * default, or {@code --endpoint} with keys from the environment ({@code ZENLAYER_ACCESS_KEY_*},
 * else {@code VNIC_ACCESS_KEY_*}) or the secrets stored by the connection dialog. Picocli fills
 * the fields; main thread.
 */
final class ConsoleOptions {

    @Option(names = "--endpoint", paramLabel = "HOST[:PORT]",
            description = "Connect to this control API instead of the embedded one.")
    String endpoint;

    @Option(names = "--scheme", paramLabel = "http|https", defaultValue = "https",
            description = "Scheme for --endpoint (default: ${DEFAULT-VALUE}).")
    String scheme;

    @Option(names = "--key-id", paramLabel = "ID",
            description = "Access key id for --endpoint; its secret comes from "
                    + "ZENLAYER_ACCESS_KEY_SECRET or the stored secrets.")
    String keyId;

    @Option(names = "--operator-key-id", paramLabel = "ID",
            description = "Operator key id for --endpoint (hosts and VFs).")
    String operatorKeyId;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Embedded plane: where the store lives (default: $VNIC_DATA_DIR, else "
                    + "$XDG_DATA_HOME/vnic-console, else ~/.local/share/vnic-console).")
    Path data;

    @Option(names = "--fleet", paramLabel = "FILE|none",
            description = "Embedded plane: fleet loaded into a new store instead of the demo "
                    + "fleet; 'none' for an empty store.")
    String fleet;

    /** What the console connects to first, and its label. */
    Start start(Map<String, String> env) throws IOException {
        Path config = UserDirectories.configDir(env);
        if (endpoint == null) {
            Path dataDir = data != null ? data : UserDirectories.dataDir(env);
            return new Start(config, "embedded control plane", EmbeddedPlane.opener(dataDir,
                    fleet(), new CredentialsStore(config, env)));
        }
        String id = keyId != null ? keyId : first(env, ClientConfig.ENV_KEY_ID,
                CredentialsStore.TENANT_ID_VARIABLE);
        String secret = keyId != null && env.get(ClientConfig.ENV_KEY_SECRET) == null ? ""
                : first(env, ClientConfig.ENV_KEY_SECRET, CredentialsStore.TENANT_SECRET_VARIABLE);
        String operatorId = operatorKeyId != null ? operatorKeyId
                : first(env, CredentialsStore.OPERATOR_ID_VARIABLE);
        String operatorSecret = first(env, CredentialsStore.OPERATOR_SECRET_VARIABLE);
        if (id == null) {
            throw new IllegalArgumentException("--endpoint needs a key: give --key-id (with a "
                    + "stored secret) or set " + ClientConfig.ENV_KEY_ID + " and "
                    + ClientConfig.ENV_KEY_SECRET);
        }
        Endpoint target = new Endpoint(endpoint, scheme, id, operatorId);
        ConnectionRequest request = new ConnectionRequest(target, secret == null ? "" : secret,
                operatorSecret == null ? "" : operatorSecret, false);
        return new Start(config, target.label(), request.opener(new ConnectionStore(config)));
    }

    private Fleet fleet() {
        if (fleet == null) {
            return FleetLoader.demo();
        }
        if (fleet.equals("none")) {
            return null;
        }
        if (!Files.isReadable(Path.of(fleet))) {
            throw new IllegalArgumentException("cannot read fleet file " + fleet);
        }
        return FleetLoader.read(Path.of(fleet));
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** Where the console starts: its config directory and the first connection. */
    record Start(Path configDir, String label, ConsoleSession.Opener opener) {
    }
}
