package org.vnicconsole.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vnicconsole.console.connection.ConnectionStore;
import org.vnicconsole.console.shell.ConsoleWindow;
import org.vnicconsole.console.shell.WindowState;
import org.vnicconsole.console.task.FxTaskRunner;

/**
 * The connection dialog switches the console to another endpoint with typed keys, stores the
 * secrets owner-only and remembers the endpoint.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionDialogTest {

    @TempDir
    static Path dir;

    private static EmbeddedFleet fleet;
    private static DelayingProxy otherEndpoint;

    private FxTaskRunner runner;
    private ConsoleWindow window;

    @BeforeAll
    static void startPlane() throws Exception {
        fleet = new EmbeddedFleet(dir);
        otherEndpoint = new DelayingProxy(fleet.port());
    }

    @AfterAll
    static void stopPlane() throws Exception {
        otherEndpoint.close();
        fleet.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        window = ConsoleWindow.open(stage, dir.resolve("console-config"), runner,
                "embedded control plane", fleet.opener(fleet.endpoint()),
                WindowState.sized(1200, 760));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
        FxToolkit.cleanupStages();
        runner.shutdown();
    }

    @Test
    void connectsToAnotherEndpointStoresTheSecretPrivatelyAndRemembersIt(FxRobot robot)
            throws Exception {
        ConsoleRobot console = new ConsoleRobot(robot, window);
        console.waitForFleet();
        String endpoint = "127.0.0.1:" + otherEndpoint.port();

        console.clickMenu("File", "Connect…");
        console.write("#connect-endpoint", endpoint);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> scheme = robot.lookup("#connect-scheme").queryAs(ChoiceBox.class);
        robot.interact(() -> scheme.setValue("http"));
        console.write("#connect-key-id", fleet.tenantKey().keyId());
        console.write("#connect-secret", fleet.tenantKey().secret());
        console.write("#connect-operator-key-id", fleet.operatorKey().keyId());
        console.write("#connect-operator-secret", fleet.operatorKey().secret());
        console.clickButton("OK");
        console.waitUntil("the console shows the other endpoint", () -> window.model()
                .connectionProperty().get().equals("http://" + endpoint));
        console.waitUntil("its fleet is read", () -> !window.model().busyProperty().get());

        Path config = dir.resolve("console-config");
        Path secrets = config.resolve(ConnectionStore.SECRETS_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
        assertThat(new ConnectionStore(config).secret(fleet.tenantKey().keyId()))
                .contains(fleet.tenantKey().secret());
        assertThat(new ConnectionStore(config).recent().get(0).endpoint()).isEqualTo(endpoint);
        assertThat(Files.readString(config.resolve(ConnectionStore.RECENT_FILE)))
                .doesNotContain(fleet.tenantKey().secret());
        assertThat(console.index().snapshot().instances()).hasSize(40);
    }
}
