package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.GuestPlanService.GuestInterface;
import org.vnicconsole.control.service.GuestPlanService.PublicAddress;
import org.vnicconsole.control.service.GuestPlanService.Reach;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * RULES.md, Elastic IPs: EIP-TO-PRIVATE-IP, EIP-ONE-MODE, EIP-FOLLOWS, IPV6-PUBLIC and
 * EIP-BYPASS-GUEST (the guest side through the guest plan).
 */
class EipRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    private Vnic primaryWithTwoAddresses() {
        Vnic primary = fleet.primaryOf(fleet.launch("web-1", "z2a.cpu.16").id());
        fleet.plane.addresses().assignCount(primary.id(), 1);
        return primary;
    }

    private Eip bind(Eip eip, Vnic nic, String lanIp, ForwardingMode mode) {
        return fleet.plane.eips().bind(List.of(eip.id()), nic.id(), lanIp, mode).get(0);
    }

    @Test
    @Allows(RuleId.EIP_TO_PRIVATE_IP)
    void eachPrivateIpOfAVnicTakesItsOwnEip() {
        Vnic primary = primaryWithTwoAddresses();

        Eip first = bind(fleet.newEip("first"), primary, "10.10.1.2", null);
        Eip second = bind(fleet.newEip("second"), primary, "10.10.1.3", null);

        assertThat(first).extracting(Eip::vnicId, Eip::privateIp, Eip::mode)
                .containsExactly(primary.id(), "10.10.1.2", ForwardingMode.STANDARD);
        assertThat(fleet.eip(second.id()).privateIp()).isEqualTo("10.10.1.3");
    }

    @Test
    @Refuses(RuleId.EIP_TO_PRIVATE_IP)
    void aSecondEipOnTheSamePrivateIpIsRefused() {
        Vnic primary = primaryWithTwoAddresses();
        Eip first = bind(fleet.newEip("first"), primary, "10.10.1.2", null);
        Eip second = fleet.newEip("second");

        Refusal refusal = fleet.refusedWithoutChange(() -> bind(second, primary, "10.10.1.2",
                null));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_TO_PRIVATE_IP, "OPERATION_DENIED_PRIVATE_IP_HAS_EIP", 409)
                .blames("lanIp")
                .mentions("10.10.1.2", primary.id(), first.id(), first.address());
        assertThat(fleet.eip(second.id()).isBound()).isFalse();
    }

    @Test
    @Refuses(RuleId.EIP_TO_PRIVATE_IP)
    void severalEipsForOnePrivateIpInOneCallAreRefusedWhole() {
        Vnic primary = primaryWithTwoAddresses();
        Eip first = fleet.newEip("first");
        Eip second = fleet.newEip("second");

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.eips().bind(
                List.of(first.id(), second.id()), primary.id(), "10.10.1.2", null));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_TO_PRIVATE_IP, "OPERATION_DENIED_PRIVATE_IP_HAS_EIP", 409)
                .mentions("2 EIPs", "10.10.1.2", "takes one EIP");
    }

    @Test
    @Refuses(RuleId.EIP_TO_PRIVATE_IP)
    void bindingToAnAddressTheVnicDoesNotHoldIsRefused() {
        Vnic primary = primaryWithTwoAddresses();
        Eip eip = fleet.newEip("eip");

        Refusal refusal = fleet.refusedWithoutChange(() -> bind(eip, primary, "10.10.1.99",
                null));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_TO_PRIVATE_IP, "INVALID_PARAMETER_VALUE", 400)
                .blames("lanIp")
                .mentions(primary.id(), "does not hold private IP 10.10.1.99");
    }

    @Test
    @Refuses(RuleId.EIP_TO_PRIVATE_IP)
    void unassigningAPrivateIpThatHasAnEipIsRefused() {
        Vnic primary = primaryWithTwoAddresses();
        Eip eip = bind(fleet.newEip("eip"), primary, "10.10.1.3", null);

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .unassign(primary.id(), List.of("10.10.1.3")));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_TO_PRIVATE_IP, "INVALID_NIC_HAS_PUBLIC_IP_CANT_DETACH", 409)
                .mentions("10.10.1.3", eip.id(), eip.address(), "unbind it first");
    }

    @Test
    @Allows(RuleId.EIP_ONE_MODE)
    void eipsOfOneModeShareAVnicAndALoneEipMayChangeMode() {
        Vnic primary = primaryWithTwoAddresses();
        Vnic other = fleet.attachedElastic("leg", fleet.launch("web-2", "z2a.cpu.4").id());
        bind(fleet.newEip("first"), primary, "10.10.1.2", ForwardingMode.BYPASS);
        Eip lone = bind(fleet.newEip("lone"), other, "10.10.250.2", ForwardingMode.STANDARD);

        Eip second = bind(fleet.newEip("second"), primary, "10.10.1.3", ForwardingMode.BYPASS);
        Eip changed = fleet.plane.eips().changeMode(lone.id(), ForwardingMode.BYPASS);

        assertThat(second.mode()).isEqualTo(ForwardingMode.BYPASS);
        assertThat(changed.mode()).isEqualTo(ForwardingMode.BYPASS);
        assertThat(fleet.eip(lone.id()).mode()).isEqualTo(ForwardingMode.BYPASS);
    }

    @Test
    @Refuses(RuleId.EIP_ONE_MODE)
    void bindingABypassEipNextToAStandardOneIsRefused() {
        Vnic primary = primaryWithTwoAddresses();
        Eip standard = bind(fleet.newEip("standard"), primary, "10.10.1.2", null);
        Eip bypass = fleet.newEip("bypass");

        Refusal refusal = fleet.refusedWithoutChange(() -> bind(bypass, primary, "10.10.1.3",
                ForwardingMode.BYPASS));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_ONE_MODE, "OPERATION_DENIED_EIP_BIND_TYPE_MIXED", 409)
                .mentions(primary.id(), standard.id(), "FullNat", "Passthrough");
    }

    @Test
    @Refuses(RuleId.EIP_ONE_MODE)
    void changingOneEipsModeSoModesWouldMixIsRefused() {
        Vnic primary = primaryWithTwoAddresses();
        Eip first = bind(fleet.newEip("first"), primary, "10.10.1.2", ForwardingMode.BYPASS);
        Eip second = bind(fleet.newEip("second"), primary, "10.10.1.3", ForwardingMode.BYPASS);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.eips().changeMode(second.id(), ForwardingMode.STANDARD));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_ONE_MODE, "OPERATION_DENIED_EIP_BIND_TYPE_MIXED", 409)
                .mentions(primary.id(), first.id(), "Passthrough", "FullNat");
    }

    @Test
    @Holds(RuleId.EIP_FOLLOWS)
    void anEipStaysBoundWhileItsVnicIsDetached() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", web.id());
        Eip eip = bind(fleet.newEip("eip"), leg, "10.10.250.2", null);

        fleet.plane.vnics().detach(leg.id());

        assertThat(fleet.eip(eip.id())).extracting(Eip::vnicId, Eip::privateIp)
                .containsExactly(leg.id(), "10.10.250.2");
    }

    @Test
    @Allows(RuleId.EIP_FOLLOWS)
    void anEipFollowsItsVnicToAnotherInstance() {
        Instance first = fleet.launch("web-1", "z2a.cpu.16");
        Instance second = fleet.launch("web-2", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", first.id());
        Eip eip = bind(fleet.newEip("eip"), leg, "10.10.250.2", null);

        fleet.plane.vnics().detach(leg.id());
        fleet.plane.vnics().attach(leg.id(), second.id());

        GuestInterface moved = fleet.plane.guestPlans().plan(second.id()).get(1);
        assertThat(moved.nicId()).isEqualTo(leg.id());
        assertThat(moved.publicAddresses())
                .containsExactly(new PublicAddress(eip.address(), Reach.TRANSLATED));
        assertThat(fleet.plane.guestPlans().plan(first.id())).hasSize(1)
                .flatExtracting(GuestInterface::publicAddresses).isEmpty();
    }

    @Test
    @Allows(RuleId.IPV6_PUBLIC)
    void publicIpv6IsShownReachingTheGuestDirectlyWithoutNat() {
        Instance web = fleet.launchWithIpv6("web-1", "z2a.cpu.4", fleet.app.id());
        String ipv6 = fleet.primaryOf(web.id()).ipv6Address();

        GuestInterface primary = fleet.plane.guestPlans().plan(web.id()).get(0);

        assertThat(primary.publicAddresses())
                .containsExactly(new PublicAddress(ipv6, Reach.DIRECT_NO_NAT));
        assertThat(primary.masterAddresses()).contains(ipv6 + "/96");
    }

    @Test
    @Holds(RuleId.IPV6_PUBLIC)
    void privateIpv6IsNotShownAsPublic() {
        Instance web = fleet.launchWithIpv6("web-1", "z2a.cpu.4", fleet.data.id());
        String ipv6 = fleet.primaryOf(web.id()).ipv6Address();

        GuestInterface primary = fleet.plane.guestPlans().plan(web.id()).get(0);

        assertThat(primary.publicAddresses()).isEmpty();
        assertThat(primary.masterAddresses()).contains(ipv6 + "/96");
    }

    @Test
    @Allows(RuleId.EIP_BYPASS_GUEST)
    void aBypassEipIsHeldOnTheMasterAndAStandardOneIsNot() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", web.id());
        Eip standard = bind(fleet.newEip("standard"), fleet.primaryOf(web.id()), "10.10.1.2",
                ForwardingMode.STANDARD);
        Eip bypass = bind(fleet.newEip("bypass"), leg, "10.10.250.2", ForwardingMode.BYPASS);

        List<GuestInterface> plan = fleet.plane.guestPlans().plan(web.id());

        assertThat(plan.get(0).publicAddresses())
                .containsExactly(new PublicAddress(standard.address(), Reach.TRANSLATED));
        assertThat(plan.get(0).masterAddresses()).containsExactly("10.10.1.2/24");
        assertThat(plan.get(1).publicAddresses())
                .containsExactly(new PublicAddress(bypass.address(), Reach.ON_MASTER));
        assertThat(plan.get(1).masterAddresses())
                .containsExactly("10.10.250.2/24", bypass.address() + "/32");
    }

    @Test
    @Refuses(RuleId.EIP_BYPASS_GUEST)
    void releasingABoundEipIsRefused() {
        Vnic primary = primaryWithTwoAddresses();
        Eip eip = bind(fleet.newEip("eip"), primary, "10.10.1.2", ForwardingMode.BYPASS);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.eips().release(eip.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.EIP_BYPASS_GUEST, "OPERATION_DENIED_EIP_ASSIGNED", 409)
                .mentions(eip.id(), "10.10.1.2", primary.id(), "unbind it");
    }

    @Test
    @Allows(RuleId.EIP_BYPASS_GUEST)
    void anUnboundEipCanBeReleased() {
        Vnic primary = primaryWithTwoAddresses();
        Eip eip = bind(fleet.newEip("eip"), primary, "10.10.1.2", ForwardingMode.BYPASS);

        fleet.plane.eips().unbind(List.of(eip.id()));
        fleet.plane.eips().release(eip.id());

        assertThat(fleet.findEip(eip.id())).isEmpty();
        assertThat(fleet.plane.guestPlans().plan(primary.instanceId()).get(0).masterAddresses())
                .containsExactly("10.10.1.2/24", "10.10.1.3/24");
    }
}
