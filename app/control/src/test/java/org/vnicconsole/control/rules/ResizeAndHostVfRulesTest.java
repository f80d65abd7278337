package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/** RULES.md, Capacity: CAP-RESIZE and HOST-VF. */
class ResizeAndHostVfRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    @Test
    @Refuses(RuleId.CAP_RESIZE)
    void resizingBelowTheAttachedVnicsIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        fleet.attachedElastic("leg-1", web.id());
        fleet.attachedElastic("leg-2", web.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.instances().resize(web.id(), "z2a.cpu.8"));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_RESIZE, "OPERATION_DENIED_RESIZE_OVER_CAPS", 409)
                .mentions(web.id(), "3 vNICs attached, z2a.cpu.8 allows 2");
    }

    @Test
    @Refuses(RuleId.CAP_RESIZE)
    void resizingBelowTheAddressesOfAVnicIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic primary = fleet.primaryOf(web.id());
        fleet.plane.addresses().assignCount(primary.id(), 19);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.instances().resize(web.id(), "z2a.cpu.4"));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_RESIZE, "OPERATION_DENIED_RESIZE_OVER_CAPS", 409)
                .mentions("vNIC " + primary.id() + " holds 20 private IPv4, z2a.cpu.4 allows 15");
    }

    @Test
    @Refuses(RuleId.CAP_RESIZE)
    void aRefusedResizeNamesEverythingThatIsOver() {
        Instance web = fleet.launch("web-1", "z4a.cpu.32");
        fleet.attachedElastic("leg-1", web.id());
        fleet.attachedElastic("leg-2", web.id());
        Vnic primary = fleet.primaryOf(web.id());
        fleet.plane.addresses().assignCount(primary.id(), 11);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.instances().resize(web.id(), "z4a.cpu.2"));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_RESIZE, "OPERATION_DENIED_RESIZE_OVER_CAPS", 409)
                .mentions("3 vNICs attached, z4a.cpu.2 allows 2",
                        "holds 12 private IPv4, z4a.cpu.2 allows 10");
        assertThat(fleet.instance(web.id()).type().name()).isEqualTo("z4a.cpu.32");
    }

    @Test
    @Refuses(RuleId.CAP_RESIZE)
    void resizingBeyondWhatTheHostHasLeftIsRefused() {
        Host small = fleet.plane.fabric().registerHost("host-small", SmallFleet.HKG_A, 32, 128,
                List.of(new AdapterSpec("ens1f0", SmallFleet.PF_PCI, "ice", "E810", 8, 256)));
        Instance web = fleet.launch("web-1", "z2a.cpu.16", SmallFleet.HKG_A, fleet.app.id(),
                small.id());
        fleet.launch("web-2", "z2a.cpu.8", SmallFleet.HKG_A, fleet.app.id(), small.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.instances().resize(web.id(), "z2a.cpu.32"));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_RESIZE, "OPERATION_DENIED_NO_HOST_CAPACITY", 409)
                .mentions("host-small", "z2a.cpu.32", "would use 40 of 32 vCPUs");
    }

    @Test
    @Allows(RuleId.CAP_RESIZE)
    void resizingToCapsThatStillFitSucceedsAndResizesTheQueueSets() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", web.id());
        fleet.plane.addresses().assignCount(leg.id(), 9);

        Instance resized = fleet.plane.instances().resize(web.id(), "z2a.cpu.2");

        assertThat(resized.type().name()).isEqualTo("z2a.cpu.2");
        assertThat(fleet.vnicsOf(web.id())).extracting(Vnic::queueCount).containsOnly(1);
        assertThat(fleet.addressesOf(leg.id())).hasSize(10);
    }

    @Test
    @Refuses(RuleId.HOST_VF)
    void attachingWhenTheHostHasNoFreeVfIsRefusedThoughTheCapsFit() {
        Host tiny = fleet.host("host-tiny", SmallFleet.HKG_A, 2, 64);
        Instance web = fleet.launch("web-1", "z2a.cpu.16", SmallFleet.HKG_A, fleet.app.id(),
                tiny.id());
        fleet.attachedElastic("leg-1", web.id());
        Vnic third = fleet.elastic("leg-2", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(third.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.HOST_VF, "OPERATION_DENIED_HOST_VF_EXHAUSTED", 409)
                .mentions("host-tiny", tiny.id(), "no free VF");
        assertThat(fleet.vnicsOf(web.id())).hasSize(2);
    }

    @Test
    @Refuses(RuleId.HOST_VF)
    void attachingWhenTheAdapterLacksQueuesIsRefused() {
        Host narrow = fleet.host("host-narrow", SmallFleet.HKG_A, 4, 16);
        Instance web = fleet.launch("web-1", "z2a.cpu.16", SmallFleet.HKG_A, fleet.app.id(),
                narrow.id());
        fleet.attachedElastic("leg-1", web.id());
        Vnic third = fleet.elastic("leg-2", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(third.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.HOST_VF, "OPERATION_DENIED_HOST_VF_EXHAUSTED", 409)
                .mentions("host-narrow", "2 free VFs", "8 free queues", "at most 0");
    }

    @Test
    @Refuses(RuleId.HOST_VF)
    void launchingOnAHostWithoutAFreeVfIsRefused() {
        Host tiny = fleet.host("host-tiny", SmallFleet.HKG_A, 1, 64);
        fleet.launch("web-1", "z2a.cpu.4", SmallFleet.HKG_A, fleet.app.id(), tiny.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.launch("web-2", "z2a.cpu.4",
                SmallFleet.HKG_A, fleet.app.id(), tiny.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.HOST_VF, "OPERATION_DENIED_NO_HOST_CAPACITY", 409)
                .mentions(SmallFleet.HKG_A, tiny.id(), "free VF with 2 queues", "z2a.cpu.4");
    }

    @Test
    @Refuses(RuleId.HOST_VF)
    void resizingBeyondTheQueuesOfTheAdapterIsRefused() {
        Host narrow = fleet.host("host-narrow", SmallFleet.HKG_A, 4, 8);
        Instance web = fleet.launch("web-1", "z2a.cpu.1", SmallFleet.HKG_A, fleet.app.id(),
                narrow.id());
        fleet.attachedElastic("leg", web.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.instances().resize(web.id(), "z2a.cpu.16"));

        assertThatRefusal(refusal)
                .enforces(RuleId.HOST_VF, "OPERATION_DENIED_HOST_VF_EXHAUSTED", 409)
                .mentions("host-narrow", web.id(), "z2a.cpu.16", "16 queues", "8");
    }

    @Test
    @Allows(RuleId.HOST_VF)
    void everyAttachedVnicHoldsOneVfAndAQueueSetSizedByTheInstance() {
        Instance web = fleet.launch("web-1", "z2a.cpu.32");

        Vnic leg = fleet.attachedElastic("leg", web.id());

        VirtualFunction vf = fleet.vfOf(leg.id()).orElseThrow();
        assertThat(vf.adapterId()).isEqualTo(fleet.adapterOf(fleet.hostA1).id());
        assertThat(vf.vnicId()).isEqualTo(leg.id());
        assertThat(leg.queueCount()).isEqualTo(16);
        assertThat(fleet.freeVfsOf(fleet.hostA1)).isEqualTo(14);
    }

    @Test
    @Allows(RuleId.HOST_VF)
    void detachingReturnsTheVfForTheNextAttach() {
        Host tiny = fleet.host("host-tiny", SmallFleet.HKG_A, 2, 64);
        Instance web = fleet.launch("web-1", "z2a.cpu.16", SmallFleet.HKG_A, fleet.app.id(),
                tiny.id());
        Vnic first = fleet.attachedElastic("leg-1", web.id());
        VirtualFunction held = fleet.vfOf(first.id()).orElseThrow();
        Vnic second = fleet.elastic("leg-2", fleet.mgmt.id());

        fleet.plane.vnics().detach(first.id());
        assertThat(fleet.freeVfsOf(tiny)).isEqualTo(1);
        fleet.plane.vnics().attach(second.id(), web.id());

        assertThat(fleet.vfOf(first.id())).isEmpty();
        assertThat(fleet.vfOf(second.id()).orElseThrow().index()).isEqualTo(held.index());
        assertThat(fleet.freeVfsOf(tiny)).isZero();
    }
}
