package org.vnicconsole.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.shell.ConsoleWindow;
import org.vnicconsole.console.shell.WindowState;
import org.vnicconsole.console.task.FxTaskRunner;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;

/**
 * The acceptance tests of the console, headless: the real window on an embedded control plane
 * with the demo fleet, driven through clicks, typing and dialogs. Each test works on its own
 * objects of the one shared fleet.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAcceptanceTest {

    @TempDir
    static Path dir;

    private static EmbeddedFleet fleet;

    private FxTaskRunner runner;
    private ConsoleWindow window;
    private ConsoleRobot console;

    @BeforeAll
    static void startPlane() throws Exception {
        fleet = new EmbeddedFleet(dir);
    }

    @AfterAll
    static void stopPlane() {
        fleet.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        window = ConsoleWindow.open(stage, null, runner, "embedded control plane",
                fleet.opener(fleet.endpoint()), WindowState.sized(1200, 760));
    }

    @BeforeEach
    void waitForFleet(FxRobot robot) throws Exception {
        console = new ConsoleRobot(robot, window);
        console.waitForFleet();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
        FxToolkit.cleanupStages();
        runner.shutdown();
    }

    private NicInfo nic(String name) {
        return console.index().allNics().stream().filter(nic -> name.equals(nic.name()))
                .findFirst().orElseThrow(() -> new AssertionError("no vNIC " + name));
    }

    private InstanceInfo instance(String name) {
        return console.index().snapshot().instances().stream()
                .filter(instance -> name.equals(instance.instanceName())).findFirst()
                .orElseThrow();
    }

    @Test
    void findsAnInstanceByIpThroughSearch() throws Exception {
        String ip = instance("db-02").privateIpAddresses().get(0);

        console.tab("Instances");
        console.search(ip);
        console.select("tree-instances", "db-02");

        assertThat(window.model().instances().pathTo(new NodeRef(NodeKind.INSTANCE,
                instance("db-02").instanceId()))).hasSize(2);
        assertThat(window.model().details().details().title()).isEqualTo("db-02");
    }

    @Test
    void attachesAnElasticVnicAndShowsItInBothTreesAndTheVfPool() throws Exception {
        NicInfo spare = nic("worker-spare");
        String worker = instance("worker-03").instanceId();

        console.search("worker-spare");
        console.tab("Tenancy");
        console.select("tree-tenancy", "worker-spare");
        console.clickButtonById("#tool-attach");
        console.choose("#choice-dialog .combo-box", "worker-03");
        console.clickButton("OK");
        console.waitUntil("worker-spare is attached", () -> console.index().nic(spare.nicId())
                .map(NicInfo::instanceId).filter(worker::equals).isPresent());
        console.waitUntil("the trees are rebuilt", () -> !window.model().busyProperty().get());

        FleetIndex index = console.index();
        NodeRef vnic = new NodeRef(NodeKind.VNIC, spare.nicId());
        NodeRef vf = new NodeRef(NodeKind.VF, index.vfOfNic(spare.nicId()).orElseThrow().key());
        assertThat(window.model().instances().pathTo(vnic))
                .contains(new NodeRef(NodeKind.INSTANCE, worker));
        assertThat(window.model().tenancy().pathTo(vnic)).isNotEmpty();
        console.search("");
        assertThat(window.model().fabric().pathTo(vf)).hasSize(4);
        console.select("tree-tenancy", "worker-spare");
        console.clickLink("VF: ");
        assertThat(window.view().tabs().getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(window.model().details().details().links())
                .anySatisfy(link -> assertThat(link.target()).isEqualTo(vnic));
    }

    @Test
    void explainsCapVnicsWhenAnAttachWouldExceedIt() throws Exception {
        console.search("prod-data");
        console.tab("Tenancy");
        console.select("tree-tenancy", "prod-data");
        console.clickButtonById("#tool-create-vnic");
        console.write("#create-name", "cap-test");
        console.clickButton("OK");
        console.waitUntil("cap-test exists", () -> console.index().allNics().stream()
                .anyMatch(nic -> "cap-test".equals(nic.name())));

        console.clickButtonById("#tool-attach");
        console.choose("#choice-dialog .combo-box", "worker-01");
        console.clickButton("OK");

        assertThat(console.dialogText("refusal-dialog")).contains("CAP-VNICS")
                .contains("already has 2 of 2 vNICs attached");
        console.clickButton("Cancel");
        assertThat(console.notice()).contains("[CAP-VNICS]")
                .contains("Attaching a vNIC beyond the instance's max vNICs is refused");
        assertThat(nic("cap-test").instanceId()).isNull();
    }

    @Test
    void enablesIpv6AfterAOneWayConfirmationThenRefusesToTurnItOff() throws Exception {
        NicInfo primary = nic("worker-05-primary");

        console.search("worker-05-primary");
        console.tab("Tenancy");
        console.select("tree-tenancy", "worker-05-primary");
        console.press(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertThat(console.dialogText("confirm-dialog")).contains("cannot be undone")
                .contains("IPV6-ONE-WAY");
        console.clickButton("OK");
        console.waitUntil("IPv6 is enabled", () -> console.index().nic(primary.nicId())
                .map(NicInfo::primaryIpv6).isPresent());

        console.clickMenu("Actions", "Disable IPv6…");
        assertThat(console.dialogText("refusal-dialog")).contains("IPV6-ONE-WAY");
        console.clickButton("Send anyway");
        console.waitUntil("the server answers", () -> console.notice().startsWith(
                "The server refused"));

        assertThat(console.notice()).contains("IPV6-ONE-WAY");
        assertThat(console.index().nic(primary.nicId()).orElseThrow().primaryIpv6()).isNotNull();
    }

    @Test
    void refusesABypassEipOnAVnicWithAStandardOne() throws Exception {
        String bypassEip = console.index().eipsOfNic(nic("worker-svc-b").nicId()).get(0)
                .eipId();
        console.search("worker-svc");
        console.tab("Tenancy");
        console.select("tree-tenancy", "worker-svc-b");
        console.clickMenu("Actions", "Unbind EIP");
        console.waitUntil("the EIP is free", () -> console.index().eip(bypassEip)
                .filter(eip -> eip.nicId() == null).isPresent());
        console.waitUntil("the refresh is done", () -> !window.model().busyProperty().get());

        console.select("tree-tenancy", "worker-svc-a");
        console.clickButtonById("#tool-bind-eip");
        console.choose("#bind-eip", console.index().eip(bypassEip).orElseThrow()
                .publicIpAddresses().get(0));
        console.choose("#bind-mode", "Bypass");
        console.clickButton("OK");
        assertThat(console.dialogText("refusal-dialog")).contains("EIP-ONE-MODE");
        console.clickButton("Send anyway");
        console.waitUntil("the server answers", () -> console.notice().startsWith(
                "The server refused"));

        assertThat(console.notice()).contains("EIP-ONE-MODE");
        assertThat(console.index().eip(bypassEip).orElseThrow().nicId()).isNull();
    }
}
