package org.vnicconsole.control.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.api.Role;

/**
 * Finds the server's keys. For each role, the environment wins when it holds both the id and the
 * secret ({@code VNIC_ACCESS_KEY_ID}/{@code VNIC_ACCESS_KEY_SECRET} for the tenant key,
 * {@code VNIC_OPERATOR_KEY_ID}/{@code VNIC_OPERATOR_KEY_SECRET} for the operator key); otherwise
 * the key comes from {@code credentials.json} in the user's config directory, which is created on
 * first use with a fresh random key pair, readable by the user only (file 0600, directory 0700 on
 * POSIX file systems). Secrets are 32 random bytes in base64url; ids are {@code AK} (tenant) or
 * {@code OK} (operator) and 20 upper-case letters and digits. Secrets are never logged.
 *
 * <p>Not thread-safe: one server start loads the keys once. Two processes creating the file at
 * the same moment may each write a pair; the later write wins and the earlier process must
 * reload.
 */
public final class CredentialsStore {

    /** The file name inside the config directory. */
    public static final String FILE_NAME = "credentials.json";

    public static final String TENANT_ID_VARIABLE = "VNIC_ACCESS_KEY_ID";
    public static final String TENANT_SECRET_VARIABLE = "VNIC_ACCESS_KEY_SECRET";
    public static final String OPERATOR_ID_VARIABLE = "VNIC_OPERATOR_KEY_ID";
    public static final String OPERATOR_SECRET_VARIABLE = "VNIC_OPERATOR_KEY_SECRET";

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsStore.class);
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final Set<PosixFilePermission> FILE_MODE =
            PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE =
            PosixFilePermissions.fromString("rwx------");

    private final Path configDir;
    private final Map<String, String> env;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper mapper = new ObjectMapper();

    /** A store over this config directory and environment. */
    public CredentialsStore(Path configDir, Map<String, String> env) {
        this.configDir = configDir;
        this.env = Map.copyOf(env);
    }

    /** The store of the current user, from the process environment. */
    public static CredentialsStore forCurrentUser() {
        Map<String, String> env = System.getenv();
        return new CredentialsStore(UserDirectories.configDir(env), env);
    }

    /** The credentials file, whether or not it exists yet. */
    public Path file() {
        return configDir.resolve(FILE_NAME);
    }

    /**
     * The tenant and operator keys: from the environment where set, otherwise from the file,
     * creating it or adding a missing key to it.
     *
     * @throws IllegalStateException when the environment sets only half of a key, or the file is
     *     not a credentials file this program wrote
     * @throws IOException when the file cannot be read or written
     */
    public KeyRing loadOrCreate() throws IOException {
        Optional<AccessKey> tenantFromEnv =
                fromEnv(Role.TENANT, TENANT_ID_VARIABLE, TENANT_SECRET_VARIABLE);
        Optional<AccessKey> operatorFromEnv =
                fromEnv(Role.OPERATOR, OPERATOR_ID_VARIABLE, OPERATOR_SECRET_VARIABLE);
        if (tenantFromEnv.isPresent() && operatorFromEnv.isPresent()) {
            LOG.info("Using the tenant and operator keys from the environment");
            return new KeyRing(tenantFromEnv.get(), operatorFromEnv.get());
        }
        ObjectNode stored = readOrEmpty();
        Optional<AccessKey> tenantStored = tenantFromEnv.or(() -> readKey(stored, Role.TENANT));
        Optional<AccessKey> operatorStored =
                operatorFromEnv.or(() -> readKey(stored, Role.OPERATOR));
        if (tenantStored.isPresent() && operatorStored.isPresent()) {
            return new KeyRing(tenantStored.get(), operatorStored.get());
        }
        AccessKey tenant = tenantStored.orElseGet(() -> addNewKey(stored, Role.TENANT));
        AccessKey operator = operatorStored.orElseGet(() -> addNewKey(stored, Role.OPERATOR));
        write(stored);
        return new KeyRing(tenant, operator);
    }

    private Optional<AccessKey> fromEnv(Role role, String idVariable, String secretVariable) {
        String id = env.get(idVariable);
        String secret = env.get(secretVariable);
        boolean hasId = id != null && !id.isBlank();
        boolean hasSecret = secret != null && !secret.isEmpty();
        if (hasId != hasSecret) {
            throw new IllegalStateException("set both " + idVariable + " and " + secretVariable
                    + ", or neither; only " + (hasId ? idVariable : secretVariable) + " is set");
        }
        return hasId ? Optional.of(new AccessKey(id.trim(), secret, role)) : Optional.empty();
    }

    private static Optional<AccessKey> readKey(ObjectNode stored, Role role) {
        JsonNode entry = stored.path(sectionName(role));
        if (entry.path("accessKeyId").isTextual() && entry.path("accessKeySecret").isTextual()) {
            return Optional.of(new AccessKey(entry.get("accessKeyId").textValue(),
                    entry.get("accessKeySecret").textValue(), role));
        }
        return Optional.empty();
    }

    private AccessKey addNewKey(ObjectNode stored, Role role) {
        AccessKey created = new AccessKey(newKeyId(role), newSecret(), role);
        ObjectNode node = stored.putObject(sectionName(role));
        node.put("accessKeyId", created.keyId());
        node.put("accessKeySecret", created.secret());
        LOG.info("Created the {} key {} in {}", sectionName(role), created.keyId(), file());
        return created;
    }

    private ObjectNode readOrEmpty() throws IOException {
        Path file = file();
        if (!Files.exists(file)) {
            return mapper.createObjectNode();
        }
        tightenIfLoose(file);
        JsonNode node;
        try {
            node = mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not valid JSON; fix or remove it", e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(file + " is not a credentials file; fix or remove it");
        }
        return (ObjectNode) node;
    }

    private void write(ObjectNode content) throws IOException {
        boolean posix = isPosix();
        if (posix) {
            Files.createDirectories(configDir, PosixFilePermissions.asFileAttribute(DIR_MODE));
            Files.setPosixFilePermissions(configDir, DIR_MODE);
        } else {
            Files.createDirectories(configDir);
        }
        Path temp = posix
                ? Files.createTempFile(configDir, ".credentials", ".tmp",
                        PosixFilePermissions.asFileAttribute(FILE_MODE))
                : Files.createTempFile(configDir, ".credentials", ".tmp");
        try {
            Files.write(temp, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
            try {
                Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void tightenIfLoose(Path file) throws IOException {
        if (isPosix() && !Files.getPosixFilePermissions(file).equals(FILE_MODE)) {
            LOG.warn("{} was readable by others; setting it to owner-only (0600)", file);
            Files.setPosixFilePermissions(file, FILE_MODE);
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private String newKeyId(Role role) {
        StringBuilder id = new StringBuilder(role == Role.TENANT ? "AK" : "OK");
        for (int i = 0; i < 20; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sectionName(Role role) {
        return role == Role.TENANT ? "tenant" : "operator";
    }
}
