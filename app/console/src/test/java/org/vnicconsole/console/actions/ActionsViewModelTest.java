package org.vnicconsole.console.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.console.fixture.FakeGateway;
import org.vnicconsole.console.fixture.Fleets;
import org.vnicconsole.console.shell.MainViewModel;
import org.vnicconsole.console.shell.Notice;
import org.vnicconsole.console.task.InlineTaskRunner;
import org.vnicconsole.model.check.Verdict;

class ActionsViewModelTest {

    private final FakeGateway gateway = new FakeGateway(Fleets.small());
    private final MainViewModel main = new MainViewModel(new InlineTaskRunner());
    private final List<String> asked = new ArrayList<>();
    private boolean insist;
    private boolean confirm = true;
    private ActionsViewModel actions;

    @BeforeEach
    void connect() {
        main.connect("fake", () -> gateway);
        actions = new ActionsViewModel(main, new Prompter() {
            @Override
            public boolean sendAnyway(String action, Verdict verdict) {
                asked.add("refused " + verdict.rule().id());
                return insist;
            }

            @Override
            public boolean confirm(String title, String text) {
                asked.add("confirm " + text);
                return confirm;
            }
        });
    }

    private String notice() {
        return main.noticeProperty().get().text();
    }

    @Test
    void attachingBeyondCapVnicsIsExplainedWithTheRuleAndNotSent() {
        actions.attach("nic-4", "i-small");

        assertThat(gateway.sent()).isEmpty();
        assertThat(asked).containsExactly("refused CAP-VNICS");
        assertThat(main.noticeProperty().get().level()).isEqualTo(Notice.Level.WARNING);
        assertThat(notice()).contains("already has 2 of 2 vNICs attached").contains("[CAP-VNICS]")
                .contains("Attaching a vNIC beyond the instance's max vNICs is refused");
    }

    @Test
    void insistingSendsAndTheServersVerdictIsTheOneShown() {
        insist = true;
        gateway.failWith(new ApiException("INVALID_INSTANCE_NIC_LIMIT", "instance i-small "
                + "already has 2 of 2 vNICs attached [CAP-VNICS]", "req-1", 400, null));

        actions.attach("nic-4", "i-small");

        assertThat(gateway.sent()).containsExactly("Attach nic-4 i-small");
        assertThat(main.noticeProperty().get().level()).isEqualTo(Notice.Level.ERROR);
        assertThat(notice()).startsWith("The server refused").contains("request req-1")
                .contains("CAP-VNICS: ");
    }

    @Test
    void anAttachThatFitsIsSentAndRefreshes() {
        int loads = gateway.loads();

        actions.attach("nic-4", "i-big");

        assertThat(asked).isEmpty();
        assertThat(gateway.sent()).containsExactly("Attach nic-4 i-big");
        assertThat(gateway.loads()).isEqualTo(loads + 1);
        assertThat(main.noticeProperty().get().level()).isEqualTo(Notice.Level.SUCCESS);
    }

    @Test
    void enablingIpv6AsksAOneWayConfirmationFirst() {
        confirm = false;
        actions.enableIpv6("nic-1");
        confirm = true;
        actions.enableIpv6("nic-1");

        assertThat(asked).hasSize(2).allSatisfy(question -> assertThat(question)
                .contains("cannot be undone").contains("IPV6-ONE-WAY"));
        assertThat(gateway.sent()).containsExactly("EnableIpv6 nic-1");
    }

    @Test
    void turningIpv6OffIsRefusedAsOneWay() {
        actions.disableIpv6("nic-3");

        assertThat(gateway.sent()).isEmpty();
        assertThat(notice()).contains("[IPV6-ONE-WAY]").contains("replace the vNIC");
    }

    @Test
    void aBypassEipOnAVnicWithAStandardOneIsRefusedUnderEipOneMode() {
        actions.bindEip("eip-2", "nic-3", "10.0.0.13", "Passthrough");

        assertThat(gateway.sent()).isEmpty();
        assertThat(asked).containsExactly("refused EIP-ONE-MODE");
        assertThat(notice()).contains("Standard (FullNat)").contains("[EIP-ONE-MODE]");
    }

    @Test
    void assigningBeyondTheIpv4CapIsRefusedWhole() {
        actions.assignIpv4("nic-1", 6, List.of());
        actions.assignIpv4("nic-1", 5, List.of());

        assertThat(asked).containsExactly("refused CAP-IPV4");
        assertThat(gateway.sent()).containsExactly("AssignIpv4 nic-1 5 []");
    }

    @Test
    void primaryVnicsCannotBeDetachedOrDeleted() {
        actions.detach("nic-1");
        actions.deleteVnic("nic-3");

        assertThat(asked).containsExactly("refused PRIMARY-NO-DETACH", "refused PRIMARY-NO-DETACH");
        assertThat(gateway.sent()).isEmpty();
    }

    @Test
    void theOtherActionsReachTheGateway() {
        actions.createVnic("subnet-1", "extra", "sg-1");
        actions.detach("nic-2");
        actions.unassignIpv4("nic-3", List.of("10.0.0.13"));
        actions.unbindEip("eip-1");
        actions.changeEipMode("eip-1", "Passthrough");
        actions.setSecurityGroup("nic-2", "sg-1");
        actions.setSourceDestCheck("nic-2", false);
        actions.setRateLimit("nic-2", 500);
        actions.setIpForwarding("i-big", true);
        actions.launch("z1", "subnet-1", "z2a.cpu.2", "vm-9");
        actions.resize("i-big", "z4a.cpu.32");
        actions.release("i-big", false);

        assertThat(gateway.sent()).containsExactly("CreateVnic subnet-1 extra sg-1",
                "Detach nic-2", "UnassignIpv4 nic-3 [10.0.0.13]", "UnbindEip eip-1",
                "ChangeEipMode eip-1 Passthrough", "SecurityGroup nic-2 sg-1",
                "SourceDestCheck nic-2 false", "RateLimit nic-2 500", "IpForwarding i-big true",
                "Launch z1 subnet-1 z2a.cpu.2 vm-9", "Resize i-big z4a.cpu.32",
                "Release i-big false");
    }
}
