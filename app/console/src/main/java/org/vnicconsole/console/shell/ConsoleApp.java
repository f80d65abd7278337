package org.vnicconsole.console.shell;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.task.FxTaskRunner;

/**
 * The JavaFX application. It is not the jar's main class (the launcher is), so it runs from a
 * plain class path and from a jpackage image; the launcher hands it what to connect to through
 * {@link #launch(Path, String, ConsoleSession.Opener)} before the toolkit starts. Logs the time
 * from JVM start to the first frame.
 */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);

    private static volatile Path configDir;
    private static volatile String label;
    private static volatile ConsoleSession.Opener opener;

    private FxTaskRunner runner;
    private ConsoleWindow window;

    /** Starts the toolkit and blocks until the window is closed. Main thread. */
    public static void launch(Path config, String connectionLabel, ConsoleSession.Opener open) {
        configDir = config;
        label = connectionLabel;
        opener = open;
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner(4);
        window = ConsoleWindow.open(stage, configDir, runner, label, opener);
        Platform.runLater(() -> LOG.info("First frame {} ms after JVM start", sinceStart()));
        window.model().indexProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends FleetIndex> value,
                    FleetIndex old, FleetIndex index) {
                LOG.info("Fleet shown ({} instances, {} hosts) {} ms after JVM start",
                        index.snapshot().instances().size(), index.snapshot().hosts().size(),
                        sinceStart());
                value.removeListener(this);
            }
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
