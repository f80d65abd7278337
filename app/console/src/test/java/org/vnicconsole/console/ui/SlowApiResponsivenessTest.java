package org.vnicconsole.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
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
import org.vnicconsole.console.shell.ConsoleWindow;
import org.vnicconsole.console.shell.Notice;
import org.vnicconsole.console.shell.WindowState;
import org.vnicconsole.console.task.FxTaskRunner;
import org.vnicconsole.model.api.zec.NicInfo;

/**
 * The UI thread never waits on the network: with the server holding an action back for six
 * seconds, the window keeps answering (posted events run within 250 ms at the median and never
 * wait anywhere near the call's duration, even on a loaded machine; typing works), the progress
 * indication shows, and the result arrives afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class SlowApiResponsivenessTest {

    private static final long DELAY_MILLIS = 6_000;

    @TempDir
    static Path dir;

    private static EmbeddedFleet fleet;
    private static DelayingProxy proxy;

    private FxTaskRunner runner;
    private ConsoleWindow window;

    @BeforeAll
    static void startSlowServer() throws Exception {
        fleet = new EmbeddedFleet(dir);
        proxy = new DelayingProxy(fleet.port());
    }

    @AfterAll
    static void stopSlowServer() throws Exception {
        proxy.close();
        fleet.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        window = ConsoleWindow.open(stage, null, runner, "slow control plane",
                fleet.opener("127.0.0.1:" + proxy.port()), WindowState.sized(1200, 760));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
        FxToolkit.cleanupStages();
        runner.shutdown();
    }

    @Test
    void theWindowStaysResponsiveWhileASlowCallRunsAndTheResultArrives(FxRobot robot)
            throws Exception {
        ConsoleRobot console = new ConsoleRobot(robot, window);
        console.waitForFleet();
        NicInfo spare = console.index().allNics().stream()
                .filter(nic -> "worker-spare".equals(nic.name())).findFirst().orElseThrow();
        int before = spare.privateIpList().size();
        console.search("worker-spare");
        console.tab("Tenancy");
        console.select("tree-tenancy", "worker-spare");
        proxy.slowDown("BatchAssignNetworkInterfaceIpv4", DELAY_MILLIS);

        long started = System.nanoTime();
        console.clickButtonById("#tool-assign-ipv4");
        console.clickButton("OK");
        boolean progressShown = robot.lookup("#progress").queryAs(ProgressBar.class).isVisible();
        String progressText = robot.lookup("#progress-label").queryAs(Label.class).getText();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            latencies.add(fxLatencyMillis());
            Thread.sleep(50);
        }
        console.search("typed");
        String typed = robot.lookup("#search").queryAs(TextField.class).getText();
        boolean stillRunning = window.model().busyProperty().get();
        console.waitUntil("the assignment is done", () -> window.model().noticeProperty().get()
                .level() == Notice.Level.SUCCESS);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        console.waitUntil("the refresh shows the new address", () -> console.index()
                .nic(spare.nicId()).orElseThrow().privateIpList().size() == before + 1);

        assertThat(progressShown).isTrue();
        assertThat(progressText).contains("Assign 1 IPv4");
        assertThat(latencies).as("never blocked for the call's duration")
                .allSatisfy(latency -> assertThat(latency).isLessThan(DELAY_MILLIS / 4));
        assertThat(latencies.stream().sorted().toList().get(latencies.size() / 2))
                .as("median latency").isLessThan(250);
        assertThat(typed).isEqualTo("typed");
        assertThat(stillRunning).as("the call was still in flight while we typed").isTrue();
        assertThat(tookMillis).isGreaterThanOrEqualTo(DELAY_MILLIS);
    }

    /** How long the FX thread takes to run a posted task. */
    private static long fxLatencyMillis() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        long posted = System.nanoTime();
        Platform.runLater(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        return (System.nanoTime() - posted) / 1_000_000;
    }
}
