package org.vnicconsole.console.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.agent.SysfsTree;
import org.vnicconsole.console.machine.MachineNode.Kind;
import org.vnicconsole.console.task.InlineTaskRunner;

class MachineViewModelTest {

    @TempDir
    Path root;

    private final InlineTaskRunner runner = new InlineTaskRunner();
    private final MachineViewModel model = new MachineViewModel(runner, MachineInspector.agent());

    private void hostWithTwoVfs() {
        SysfsTree tree = new SysfsTree(root).pci("0000:3b:00.0").sriov("0000:3b:00.0", "64", "2")
                .driver("0000:3b:00.0", "ice")
                .netdev("ens1f0", "0000:3b:00.0", "02:00:00:00:01:00", true);
        tree.vf("0000:3b:00.0", 0, "0000:3b:01.0").driver("0000:3b:01.0", "iavf")
                .netdev("ens1f0v0", "0000:3b:01.0", "02:00:00:00:02:00", true);
        tree.vf("0000:3b:00.0", 1, "0000:3b:01.1").driver("0000:3b:01.1", "vfio-pci");
    }

    @Test
    void inspectsASnapshotDirectoryAndShowsThePfWithItsVfs() {
        hostWithTwoVfs();
        model.snapshotProperty().set(root);

        model.refresh();

        ReportViewModel report = model.report();
        MachineNode pf = report.node("pf:ens1f0").orElseThrow();
        assertThat(pf.children()).extracting(MachineNode::kind).containsOnly(Kind.VF);
        assertThat(pf.children()).extracting(MachineNode::label).containsExactly("vf 0", "vf 1");
        report.selectedProperty().set(pf.children().get(1));
        assertThat(report.vfRowsProperty().get()).hasSize(2);
        VfRow second = report.vfRowsProperty().get().get(1);
        assertThat(second.pciAddress()).isEqualTo("0000:3b:01.1");
        assertThat(second.driver()).isEqualTo("vfio-pci");
        assertThat(second.netdev()).isEqualTo("unknown");
        assertThat(second.spoofCheck()).isEqualTo("unknown");
        assertThat(report.limitationsProperty().get()).anySatisfy(line ->
                assertThat(line).contains("no iproute2 link output"));
        assertThat(model.sourceProperty().get()).contains(root.toString());
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aRefreshKeepsTheSelection() {
        hostWithTwoVfs();
        model.snapshotProperty().set(root);
        model.refresh();
        model.report().selectedProperty().set(model.report().node("pf:ens1f0/vf0").orElseThrow());

        model.refresh();

        assertThat(model.report().selectedProperty().get().id()).isEqualTo("pf:ens1f0/vf0");
        assertThat(runner.startedCount()).isEqualTo(2);
    }

    @Test
    void anEmptyDirectoryIsShownAsUnreadable() {
        model.snapshotProperty().set(root);

        model.refresh();

        assertThat(model.errorProperty().get()).startsWith("Could not read " + root);
    }

    @Test
    void aFailureIsShownNotSwallowed() {
        MachineViewModel failing = new MachineViewModel(runner,
                new FailingInspector("ip: command not found"));

        failing.refresh();

        assertThat(failing.errorProperty().get()).contains("Inspect this machine failed")
                .contains("ip: command not found");
        assertThat(failing.busyProperty().get()).isFalse();
    }

    @Test
    void anInspectionInFlightIsBusyAndCanBeCancelledKeepingTheLastReport() {
        hostWithTwoVfs();
        HeldTaskRunner held = new HeldTaskRunner();
        MachineViewModel slow = new MachineViewModel(held, MachineInspector.agent());
        slow.snapshotProperty().set(root);
        slow.refresh();
        held.release();
        slow.refresh();

        assertThat(slow.busyProperty().get()).isTrue();
        slow.cancel();

        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(slow.errorProperty().get()).contains("cancelled");
        assertThat(slow.report().node("pf:ens1f0")).isPresent();
        assertThat(held.runningCount().get()).isZero();
    }

    @Test
    void aNewRefreshCancelsTheOneInFlight() {
        hostWithTwoVfs();
        HeldTaskRunner held = new HeldTaskRunner();
        MachineViewModel slow = new MachineViewModel(held, MachineInspector.agent());
        slow.snapshotProperty().set(root);
        slow.refresh();

        slow.refresh();
        held.release();

        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(slow.errorProperty().get()).isEmpty();
        assertThat(slow.report().node("pf:ens1f0")).isPresent();
    }
}
