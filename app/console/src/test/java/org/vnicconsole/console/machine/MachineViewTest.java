package org.vnicconsole.console.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vnicconsole.agent.SysfsTree;
import org.vnicconsole.console.task.FxTaskRunner;

/**
 * "This machine" on a snapshot directory, headless: Refresh inspects it off the UI thread, the
 * PF shows in the tree, and choosing it shows its VF pool with unknown values left unknown.
 */
@ExtendWith(ApplicationExtension.class)
class MachineViewTest {

    @TempDir
    Path root;

    private FxTaskRunner runner;
    private MachineViewModel model;

    @Start
    void start(Stage stage) {
        SysfsTree tree = new SysfsTree(root).pci("0000:3b:00.0").sriov("0000:3b:00.0", "64", "2")
                .driver("0000:3b:00.0", "ice")
                .netdev("ens1f0", "0000:3b:00.0", "02:00:00:00:01:00", true);
        tree.vf("0000:3b:00.0", 0, "0000:3b:01.0").driver("0000:3b:01.0", "iavf")
                .netdev("ens1f0v0", "0000:3b:01.0", "02:00:00:00:02:00", true);
        tree.vf("0000:3b:00.0", 1, "0000:3b:01.1").driver("0000:3b:01.1", "vfio-pci");
        runner = new FxTaskRunner(1);
        model = new MachineViewModel(runner, MachineInspector.agent());
        model.snapshotProperty().set(root);
        Scene scene = new Scene(new MachineView(model).node(), 1100, 720);
        scene.getStylesheets().add(MachineStyles.class.getResource(MachineStyles.STYLESHEET)
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.shutdown();
    }

    @Test
    void refreshInspectsTheSnapshotAndThePfShowsItsVfPool(FxRobot robot) throws Exception {
        robot.clickOn("#machine-refresh");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.report()
                .node("pf:ens1f0").isPresent() && !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.from(robot.lookup("#machine-tree").queryParent())
                .lookup(".node-label").match((Label label) -> "ens1f0".equals(label.getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<VfRow> vfs = robot.lookup("#machine-vfs").queryAs(TableView.class);
        assertThat(vfs.isVisible()).isTrue();
        assertThat(vfs.getItems()).extracting(VfRow::driver).containsExactly("iavf", "vfio-pci");
        assertThat(vfs.getItems()).extracting(VfRow::trust).containsOnly("unknown");
        assertThat(robot.lookup("#machine-source").queryAs(Label.class).getText())
                .contains(root.toString());
        assertThat(robot.lookup("#machine-error").queryAs(Label.class).isVisible()).isFalse();
    }
}
