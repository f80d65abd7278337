package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.console.actions.ActionsViewModel;
import org.vnicconsole.console.actions.Prompter;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.shell.ConsoleWindow;
import org.vnicconsole.console.shell.MainViewModel;
import org.vnicconsole.console.shell.Notice;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.check.Verdict;

/**
 * Drives a console window through its main views (tenancy, instances, fabric, search, a
 * refusal explained before sending, and the Machine menu's windows through
 * {@link MachineScreenshots}) in the light and the dark theme and saves a snapshot of the scene
 * for each as {@code <view>-<theme>.png}. Called from the main thread; touches the window on the
 * FX thread.
 */
final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    private static final long SETTLE_MILLIS = 700;

    private final ConsoleWindow console;
    private final Path out;

    ScreenshotTour(ConsoleWindow console, Path out) {
        this.console = console;
        this.out = out;
    }

    void run() throws Exception {
        waitForFleet();
        for (boolean dark : List.of(false, true)) {
            String theme = dark ? "dark" : "light";
            ScreenshotsCommand.onFx(() -> {
                console.model().darkProperty().set(dark);
                return null;
            });
            shoot("tenancy-" + theme, 0, "", selectNic("worker-svc-a"));
            shoot("instances-" + theme, 1, "", selectInstance("fw-1"));
            shoot("fabric-" + theme, 2, "", selectVfOf("worker-svc-a"));
            shoot("search-" + theme, 1, "10.10.2.1", Optional.empty());
            refusal(theme);
            new MachineScreenshots(console, out).shoot(theme);
        }
    }

    private void shoot(String name, int tab, String query, Optional<NodeRef> selection)
            throws Exception {
        ScreenshotsCommand.onFx(() -> {
            MainViewModel model = console.model();
            model.queryProperty().set(query);
            console.view().tabs().getSelectionModel().select(tab);
            selection.ifPresent(ref -> model.selectedProperty().set(ref));
            console.view().tabs().getSelectionModel().select(tab);
            return null;
        });
        Thread.sleep(SETTLE_MILLIS);
        WritableImage image = ScreenshotsCommand.onFx(() ->
                console.stage().getScene().snapshot(null));
        Path file = out.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Wrote {}", file);
    }

    /** The explanation shown when an attach would exceed CAP-VNICS (nothing is sent). */
    private void refusal(String theme) throws Exception {
        Optional<NodeRef> spare = selectNic("worker-spare");
        Optional<NodeRef> full = selectInstance("worker-01");
        if (spare.isEmpty() || full.isEmpty()) {
            return;
        }
        ScreenshotsCommand.onFx(() -> {
            new ActionsViewModel(console.model(), new Prompter() {
                @Override
                public boolean sendAnyway(String action, Verdict verdict) {
                    return false;
                }

                @Override
                public boolean confirm(String title, String text) {
                    return false;
                }
            }).attach(spare.get().id(), full.get().id());
            return null;
        });
        shoot("refusal-" + theme, 0, "worker-spare", spare);
        ScreenshotsCommand.onFx(() -> {
            console.model().noticeProperty().set(Notice.none());
            return null;
        });
    }

    private void waitForFleet() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            boolean loaded = ScreenshotsCommand.onFx(() ->
                    !console.model().index().snapshot().instances().isEmpty());
            if (loaded) {
                Thread.sleep(SETTLE_MILLIS);
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The fleet did not load within a minute");
    }

    private Optional<NodeRef> selectNic(String name) throws Exception {
        return nicNamed(name).map(nic -> new NodeRef(NodeKind.VNIC, nic.nicId()));
    }

    private Optional<NodeRef> selectInstance(String name) throws Exception {
        return ScreenshotsCommand.onFx(() -> console.model().index().snapshot().instances()
                .stream().filter(instance -> name.equals(instance.instanceName())).findFirst()
                .map(instance -> new NodeRef(NodeKind.INSTANCE, instance.instanceId())));
    }

    private Optional<NodeRef> selectVfOf(String nicName) throws Exception {
        Optional<NicInfo> nic = nicNamed(nicName);
        if (nic.isEmpty()) {
            return Optional.empty();
        }
        return ScreenshotsCommand.onFx(() -> console.model().index().vfOfNic(nic.get().nicId())
                .map(place -> new NodeRef(NodeKind.VF, place.key())));
    }

    private Optional<NicInfo> nicNamed(String name) throws Exception {
        return ScreenshotsCommand.onFx(() -> {
            FleetIndex index = console.model().index();
            return index.allNics().stream().filter(nic -> name.equals(nic.name())).findFirst();
        });
    }
}
