package org.vnicconsole.console.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.console.machine.MachineNode.Kind;
import org.vnicconsole.console.machine.TripletPicture.Active;
import org.vnicconsole.console.machine.TripletPicture.State;
import org.vnicconsole.console.task.InlineTaskRunner;

class PasteDiagnosticsViewModelTest {

    private final InlineTaskRunner runner = new InlineTaskRunner();
    private final PasteDiagnosticsViewModel model =
            new PasteDiagnosticsViewModel(runner, MachineInspector.agent());

    private ReportViewModel paste(String caseFile) {
        model.textProperty().set(Cases.text(caseFile));
        model.analyse();
        return model.report();
    }

    private static MachineNode group(ReportViewModel report, String id) {
        return report.node("group:" + id).orElseThrow(() -> new AssertionError("no group " + id
                + " in " + report.rootsProperty().get().stream().map(MachineNode::id).toList()));
    }

    @Test
    void case01ShowsOneTripletWithMasterEns10AndTheVfCarryingTraffic() {
        ReportViewModel report = paste("01-kernel-doc-net-failover-triplet-ip-addr.txt");

        MachineNode triplets = group(report, "triplets");
        assertThat(triplets.children()).singleElement().satisfies(triplet -> {
            assertThat(triplet.label()).isEqualTo("ens10");
            assertThat(triplet.children()).extracting(MachineNode::kind, MachineNode::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MASTER, "ens10"),
                            org.assertj.core.groups.Tuple.tuple(Kind.PRIMARY, "ens11"),
                            org.assertj.core.groups.Tuple.tuple(Kind.STANDBY, "ens10nsby"));
            assertThat(triplet.badge()).isNull();
        });
        TripletPicture picture = report.pictureProperty().get();
        assertThat(picture.master().name()).isEqualTo("ens10");
        assertThat(picture.left().name()).isEqualTo("ens11");
        assertThat(picture.right().name()).isEqualTo("ens10nsby");
        assertThat(picture.active()).isEqualTo(Active.LEFT);
        assertThat(report.findingsProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(runner.startedCount()).isEqualTo(1);
    }

    @Test
    void case01ListsWhatThePastedTextCouldNotShow() {
        ReportViewModel report = paste("01-kernel-doc-net-failover-triplet-ip-addr.txt");

        assertThat(report.limitationsProperty().get()).isNotEmpty()
                .anySatisfy(line -> assertThat(line).containsIgnoringCase("driver"));
    }

    @Test
    void case07ShowsTheNetplanFindingWithItsRuleIdAndUnknownSlaveRoles() {
        ReportViewModel report = paste("07-cloud-init-netfailover-match-by-mac.txt");

        assertThat(report.findingsProperty().get()).anySatisfy(row -> {
            assertThat(row.id()).isEqualTo("CONFIG_MATCHES_SHARED_MAC");
            assertThat(row.rule()).isEqualTo("CONFIGURE-MASTER");
            assertThat(row.severity()).isEqualTo(Severity.WARNING);
            assertThat(row.fix()).contains("match: {name: MASTER}");
        });
        TripletPicture picture = report.pictureProperty().get();
        assertThat(picture.master().name()).isEqualTo("ens3");
        assertThat(List.of(picture.left(), picture.right())).extracting(TripletPicture.Box::state)
                .containsOnly(State.UNKNOWN);
        assertThat(group(report, "triplets").badge()).isEqualTo(Severity.WARNING);
    }

    @Test
    void selectingAFindingHighlightsAndSelectsItsDevices() {
        ReportViewModel report = paste("07-cloud-init-netfailover-match-by-mac.txt");
        FindingRow netplan = report.findingsProperty().get().stream()
                .filter(row -> row.id().equals("CONFIG_MATCHES_SHARED_MAC")).findFirst()
                .orElseThrow();

        report.selectedFindingProperty().set(netplan);

        assertThat(report.highlightedProperty().get()).containsAll(netplan.devices());
        MachineNode selected = report.selectedProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.concerns(netplan.devices())).isTrue();
        assertThat(report.pathTo(selected.id())).first().isEqualTo("group:triplets");
    }

    @Test
    void case13ShowsThePfsVfPoolWithRatesAndSpoofCheckingOff() {
        ReportViewModel report = paste("13-cx5-pf-8vfs-rate-limit-ip-link.txt");
        MachineNode pf = group(report, "pfs").children().get(0);

        report.selectedProperty().set(pf);

        assertThat(pf.label()).isEqualTo("enp130s0f1np1");
        assertThat(pf.badge()).isEqualTo(Severity.INFO);
        List<VfRow> rows = report.vfRowsProperty().get();
        assertThat(rows).hasSize(8).allSatisfy(row -> {
            assertThat(row.spoofCheck()).isEqualTo("off");
            assertThat(row.mac()).isEqualTo("none");
            assertThat(row.vlan()).isEqualTo("none");
        });
        assertThat(rows.get(0).rate()).isEqualTo("max 5000 Mbps, min 1000 Mbps");
        assertThat(rows.get(1).rate()).isEqualTo("none");
    }

    @Test
    void selectingAVfShowsItsPoolAndItsDetails() {
        ReportViewModel report = paste("15-bcm57840-bnx2x-4vfs-tx-rate-no-trust.txt");
        MachineNode vf = report.allNodes().stream().filter(node -> node.kind() == Kind.VF)
                .findFirst().orElseThrow();

        report.selectedProperty().set(vf);

        assertThat(report.vfRowsProperty().get()).hasSize(4)
                .allSatisfy(row -> assertThat(row.trust()).isEqualTo("unknown"));
        assertThat(vf.properties()).contains(new MachineNode.Property("Trust", "unknown"));
        assertThat(report.pictureProperty().get()).isNull();
    }

    @Test
    void anAzurePairIsDrawnWithTheVfDatapathActive() {
        ReportViewModel report = paste("02-azure-an-mlx5-synthetic-plus-vf.txt");

        assertThat(group(report, "pairs").children()).singleElement()
                .satisfies(pair -> assertThat(pair.devices()).contains("eth0"));
        assertThat(report.pictureProperty().get().master().name()).isEqualTo("eth0");
        assertThat(report.pictureProperty().get().active()).isEqualTo(Active.LEFT);
    }

    @Test
    void theExampleTicketShowsATripletWithAnAddressOnTheVfAndAMacMatch() {
        model.loadExample();

        model.analyse();

        assertThat(model.report().findingsProperty().get()).extracting(FindingRow::id)
                .contains("SLAVE_ADDRESS", "CONFIG_MATCHES_SHARED_MAC");
        assertThat(model.report().node("group:triplets").orElseThrow().children())
                .singleElement().satisfies(triplet -> assertThat(triplet.label())
                        .isEqualTo("ens10"));
    }

    @Test
    void aSelectedDeviceListsTheFindingsThatNameIt() {
        model.loadExample();
        model.analyse();
        ReportViewModel report = model.report();
        MachineNode vf = report.allNodes().stream().filter(node -> node.kind() == Kind.PRIMARY)
                .findFirst().orElseThrow();

        report.selectedProperty().set(vf);

        assertThat(vf.label()).isEqualTo("ens11");
        assertThat(vf.badge()).isEqualTo(Severity.WARNING);
        assertThat(report.nodeFindingsProperty().get()).extracting(FindingRow::id)
                .contains("SLAVE_ADDRESS");
    }

    @Test
    void aTripletWithoutItsVfDrawsTheVfMissing() {
        String text = Cases.text("01-kernel-doc-net-failover-triplet-ip-addr.txt");
        model.textProperty().set(text.substring(0, text.indexOf("7: ens11:")));

        model.analyse();

        TripletPicture picture = model.report().pictureProperty().get();
        assertThat(picture.left().state()).isEqualTo(State.MISSING);
        assertThat(picture.right().name()).isEqualTo("ens10nsby");
        assertThat(picture.active()).isNotEqualTo(Active.LEFT);
        assertThat(model.report().findingsProperty().get()).extracting(FindingRow::id)
                .contains("TRIPLET_MISSING_PRIMARY");
    }

    @Test
    void anEmptyPasteSaysWhatToPasteWithoutRunningTheAgent() {
        model.textProperty().set("  \n");

        model.analyse();

        assertThat(model.errorProperty().get()).contains("Paste the output");
        assertThat(runner.startedCount()).isZero();
        assertThat(model.report().rootsProperty().get()).isEmpty();
    }

    @Test
    void aTextWithoutADeviceListingIsReportedAsUnreadable() {
        model.textProperty().set("Hello, my network is broken, please help.\n");

        model.analyse();

        assertThat(model.errorProperty().get()).contains("No device listing");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailingAnalysisIsShown() {
        PasteDiagnosticsViewModel failing = new PasteDiagnosticsViewModel(runner,
                new FailingInspector("parser exploded"));
        failing.textProperty().set("1: lo: <LOOPBACK>");

        failing.analyse();

        assertThat(failing.errorProperty().get()).contains("parser exploded");
        assertThat(failing.busyProperty().get()).isFalse();
    }
}
