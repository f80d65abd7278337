package org.vnicconsole.console.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionStoreTest {

    @TempDir
    Path dir;

    @Test
    void secretsGoToAnOwnerOnlyFileAndNeverToTheRecentList() throws Exception {
        ConnectionStore store = new ConnectionStore(dir.resolve("config"));

        store.storeSecret("KEY1", "s3cret");
        store.remember(new Endpoint("10.0.0.1:8765", "https", "KEY1", ""));

        Path secrets = dir.resolve("config").resolve(ConnectionStore.SECRETS_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
        assertThat(store.secret("KEY1")).contains("s3cret");
        assertThat(Files.readString(dir.resolve("config").resolve(ConnectionStore.RECENT_FILE)))
                .doesNotContain("s3cret");
    }

    @Test
    void recentConnectionsAreRememberedMostRecentFirstWithoutDuplicates() throws Exception {
        ConnectionStore store = new ConnectionStore(dir);

        store.remember(new Endpoint("a:1", "http", "K1", ""));
        store.remember(new Endpoint("b:2", "https", "K2", "OP"));
        store.remember(new Endpoint("a:1", "http", "K3", ""));

        assertThat(store.recent()).extracting(Endpoint::endpoint).containsExactly("a:1", "b:2");
        assertThat(store.recent().get(0).keyId()).isEqualTo("K3");
        assertThat(store.recent().get(1).operatorKeyId()).isEqualTo("OP");
    }

    @Test
    void aConnectionRequestHidesItsSecrets() {
        ConnectionRequest request = new ConnectionRequest(new Endpoint("a:1", "http", "K", ""),
                "topsecret", "othersecret", true);

        assertThat(request.toString()).doesNotContain("topsecret").doesNotContain("othersecret");
    }
}
