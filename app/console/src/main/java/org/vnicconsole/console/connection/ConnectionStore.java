package org.vnicconsole.console.connection;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers connections in the user's config directory: the recent endpoints (no secrets) in
 * {@code connections.properties}, and the secrets by key id in {@code secrets.properties},
 * written with owner-only permissions (0600) through a temporary file, as the server's
 * credentials file is. Secrets never go to preferences or logs. Call off the UI thread; not
 * thread-safe.
 */
public final class ConnectionStore {

    /** The recent endpoints. */
    public static final String RECENT_FILE = "connections.properties";

    /** The secrets, owner-only. */
    public static final String SECRETS_FILE = "secrets.properties";

    /** How many recent endpoints are kept. */
    static final int MAX_RECENT = 10;

    private final Path dir;

    /** A store in {@code configDir}. */
    public ConnectionStore(Path configDir) {
        this.dir = configDir;
    }

    /** The recent endpoints, most recent first. */
    public List<Endpoint> recent() throws IOException {
        Properties values = read(dir.resolve(RECENT_FILE));
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String endpoint = values.getProperty(i + ".endpoint");
            if (endpoint == null) {
                break;
            }
            endpoints.add(new Endpoint(endpoint, values.getProperty(i + ".scheme"),
                    values.getProperty(i + ".keyId"), values.getProperty(i + ".operatorKeyId")));
        }
        return endpoints;
    }

    /** Puts an endpoint first in the recent list. */
    public void remember(Endpoint endpoint) throws IOException {
        List<Endpoint> endpoints = new ArrayList<>(recent());
        endpoints.removeIf(old -> old.endpoint().equals(endpoint.endpoint())
                && old.scheme().equals(endpoint.scheme()));
        endpoints.add(0, endpoint);
        Properties values = new Properties();
        for (int i = 0; i < Math.min(MAX_RECENT, endpoints.size()); i++) {
            Endpoint item = endpoints.get(i);
            values.setProperty(i + ".endpoint", item.endpoint());
            values.setProperty(i + ".scheme", item.scheme());
            values.setProperty(i + ".keyId", item.keyId());
            values.setProperty(i + ".operatorKeyId", item.operatorKeyId());
        }
        write(dir.resolve(RECENT_FILE), values, false);
    }

    /** The stored secret of a key id. */
    public Optional<String> secret(String keyId) throws IOException {
        if (keyId == null || keyId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(dir.resolve(SECRETS_FILE)).getProperty(keyId));
    }

    /** Stores the secret of a key id in the owner-only file. */
    public void storeSecret(String keyId, String secret) throws IOException {
        Properties values = read(dir.resolve(SECRETS_FILE));
        values.setProperty(keyId, secret);
        write(dir.resolve(SECRETS_FILE), values, true);
    }

    private static Properties read(Path file) throws IOException {
        Properties values = new Properties();
        if (Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            }
        }
        return values;
    }

    private void write(Path file, Properties values, boolean secret) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        Path temporary = posix && secret
                ? Files.createTempFile(dir, ".secrets", ".tmp", PosixFilePermissions
                        .asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".connections", ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(out, secret ? "vNIC Console secrets: keep private" : "recent endpoints");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
