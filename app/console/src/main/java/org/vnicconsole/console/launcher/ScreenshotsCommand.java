package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.console.shell.ConsoleWindow;
import org.vnicconsole.console.shell.WindowState;
import org.vnicconsole.console.task.FxTaskRunner;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.control.fleet.FleetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vnic-console screenshots}: starts the console on a fresh embedded control plane with the
 * demo fleet (in a temporary directory, so the user's store and keys are untouched), drives it
 * to each main view in the light and the dark theme and writes a PNG of the window for each
 * ({@link ScreenshotTour}). Headless through Monocle unless {@code --window}. Main thread.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Render the console's main views, light and dark, to PNG files.")
final class ScreenshotsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotsCommand.class);

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "screenshots",
            description = "Directory for the PNG files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "Window width.")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Window height.")
    int height;

    @Option(names = "--window", description = "Use the real display instead of Monocle.")
    boolean window;

    @Override
    public Integer call() throws Exception {
        if (!window) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", width + "x" + height + "-32");
        }
        Files.createDirectories(out);
        Path temporary = Files.createTempDirectory("vnic-screenshots");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner runner = new FxTaskRunner(2);
        ConsoleWindow console = onFx(() -> {
            Stage stage = new Stage();
            ConsoleWindow opened = ConsoleWindow.open(stage, null, runner,
                    "embedded control plane", EmbeddedPlane.opener(temporary.resolve("data"),
                            FleetLoader.demo(), new CredentialsStore(temporary.resolve("config"),
                                    Map.of())), WindowState.sized(width, height));
            return opened;
        });
        try {
            new ScreenshotTour(console, out).run();
        } finally {
            onFx(() -> {
                console.close();
                console.stage().hide();
                return null;
            });
            runner.shutdown();
            Platform.exit();
            deleteTree(temporary);
        }
        LOG.info("Screenshots written to {}", out.toAbsolutePath());
        return 0;
    }

    /** Runs on the FX thread and waits for the result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
