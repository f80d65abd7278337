package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.console.machine.MachineNode;
import org.vnicconsole.console.machine.MachineWindows;
import org.vnicconsole.console.machine.ReportViewModel;
import org.vnicconsole.console.shell.ConsoleWindow;

/**
 * The screenshots of the Machine menu's windows: "This machine" (the machine the command runs
 * on) as {@code machine-<theme>.png} and "Paste diagnostics" with its example ticket analysed
 * and its first finding chosen as {@code paste-<theme>.png}. Called from the main thread by
 * {@link ScreenshotTour}; touches the windows on the FX thread.
 */
final class MachineScreenshots {

    private static final Logger LOG = LoggerFactory.getLogger(MachineScreenshots.class);
    private static final long SETTLE_MILLIS = 700;

    private final ConsoleWindow console;
    private final Path out;

    MachineScreenshots(ConsoleWindow console, Path out) {
        this.console = console;
        this.out = out;
    }

    void shoot(String theme) throws Exception {
        MachineWindows windows = console.view().machineWindows();
        Stage machine = ScreenshotsCommand.onFx(() -> {
            Stage stage = windows.showMachine();
            windows.machine().refresh();
            return stage;
        });
        waitUntilIdle(() -> windows.machine().busyProperty().get());
        ScreenshotsCommand.onFx(() -> selectWorst(windows.machine().report()));
        save(machine, "machine-" + theme);
        Stage paste = ScreenshotsCommand.onFx(() -> {
            windows.paste().loadExample();
            windows.paste().analyse();
            return windows.showPaste();
        });
        waitUntilIdle(() -> windows.paste().busyProperty().get());
        ScreenshotsCommand.onFx(() -> {
            ReportViewModel report = windows.paste().report();
            report.selectedFindingProperty().set(report.findingsProperty().get().isEmpty() ? null
                    : report.findingsProperty().get().get(0));
            return null;
        });
        save(paste, "paste-" + theme);
        ScreenshotsCommand.onFx(() -> {
            machine.hide();
            paste.hide();
            return null;
        });
    }

    private static Void selectWorst(ReportViewModel report) {
        report.allNodes().stream().filter(node -> node.kind() != MachineNode.Kind.GROUP)
                .filter(node -> node.badge() != null).findFirst()
                .or(() -> report.allNodes().stream()
                        .filter(node -> node.kind() != MachineNode.Kind.GROUP).findFirst())
                .ifPresent(report.selectedProperty()::set);
        return null;
    }

    private static void waitUntilIdle(java.util.concurrent.Callable<Boolean> busy)
            throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        do {
            Thread.sleep(200);
        } while (ScreenshotsCommand.onFx(busy) && System.currentTimeMillis() < deadline);
    }

    private void save(Stage stage, String name) throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        WritableImage image = ScreenshotsCommand.onFx(() -> stage.getScene().snapshot(null));
        Path file = out.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Wrote {}", file);
    }
}
