package org.vnicconsole.control.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.control.api.Role;

class CredentialsStoreTest {

    @TempDir
    Path home;

    @Test
    void createsAKeyPairReadableByTheOwnerOnly() throws IOException {
        Path configDir = home.resolve("config/vnic-console");
        CredentialsStore store = new CredentialsStore(configDir, Map.of());

        KeyRing keys = store.loadOrCreate();

        assertThat(keys.tenant().keyId()).matches("AK[A-Z0-9]{20}");
        assertThat(keys.operator().keyId()).matches("OK[A-Z0-9]{20}");
        assertThat(keys.tenant().secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(keys.tenant().secret()).isNotEqualTo(keys.operator().secret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configDir)))
                .isEqualTo("rwx------");
    }

    @Test
    void reusesTheStoredKeysOnTheNextStart() throws IOException {
        KeyRing first = new CredentialsStore(home, Map.of()).loadOrCreate();

        KeyRing second = new CredentialsStore(home, Map.of()).loadOrCreate();

        assertThat(second.tenant()).isEqualTo(first.tenant());
        assertThat(second.operator()).isEqualTo(first.operator());
    }

    @Test
    void prefersKeysFromTheEnvironmentAndWritesNoFile() throws IOException {
        Map<String, String> env = Map.of(
                "VNIC_ACCESS_KEY_ID", "AKFROMENV", "VNIC_ACCESS_KEY_SECRET", "s1",
                "VNIC_OPERATOR_KEY_ID", "OKFROMENV", "VNIC_OPERATOR_KEY_SECRET", "s2");
        CredentialsStore store = new CredentialsStore(home.resolve("unused"), env);

        KeyRing keys = store.loadOrCreate();

        assertThat(keys.tenant()).isEqualTo(new AccessKey("AKFROMENV", "s1", Role.TENANT));
        assertThat(keys.operator()).isEqualTo(new AccessKey("OKFROMENV", "s2", Role.OPERATOR));
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void refusesHalfAKeyInTheEnvironment() {
        CredentialsStore store = new CredentialsStore(home, Map.of("VNIC_ACCESS_KEY_ID", "AK1"));

        assertThatThrownBy(store::loadOrCreate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VNIC_ACCESS_KEY_SECRET");
    }

    @Test
    void tightensAFileOthersCouldRead() throws IOException {
        CredentialsStore store = new CredentialsStore(home, Map.of());
        store.loadOrCreate();
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        store.loadOrCreate();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void neverShowsASecretInToString() throws IOException {
        KeyRing keys = new CredentialsStore(home, Map.of()).loadOrCreate();

        assertThat(keys.tenant().toString()).doesNotContain(keys.tenant().secret());
        assertThat(keys.toString()).doesNotContain(keys.operator().secret());
    }

    @Test
    void resolvesTheConfigDirectoryFromTheEnvironment() {
        Map<String, String> both = Map.of("VNIC_CONFIG_DIR", "/a", "XDG_CONFIG_HOME", "/b");

        assertThat(UserDirectories.configDir(both)).isEqualTo(Path.of("/a"));
        assertThat(UserDirectories.configDir(Map.of("XDG_CONFIG_HOME", "/b")))
                .isEqualTo(Path.of("/b/vnic-console"));
        assertThat(UserDirectories.dataDir(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/vnic-console"));
    }
}
