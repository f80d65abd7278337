package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.VnicService.Modify;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/** RULES.md, Placement: VNIC-SUBNET-FIXED, VNIC-ATTACH-SCOPE, VNIC-ONE-INSTANCE. */
class PlacementRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    @Test
    @Refuses(RuleId.VNIC_SUBNET_FIXED)
    void movingAVnicToAnotherSubnetIsRefusedAndChangesNothing() {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.vnics().modify(
                new Modify(nic.id(), "renamed", fleet.webGroup, fleet.app.id())));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_SUBNET_FIXED, "OPERATION_DENIED_NIC_SUBNET_FIXED", 400)
                .blames("subnetId")
                .mentions(nic.id(), fleet.mgmt.id(), fleet.app.id());
    }

    @Test
    @Refuses(RuleId.VNIC_SUBNET_FIXED)
    void movingAPrimaryVnicToAnotherSubnetIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.4");
        Vnic primary = fleet.primaryOf(web.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.vnics().modify(
                new Modify(primary.id(), null, null, fleet.data.id())));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_SUBNET_FIXED, "OPERATION_DENIED_NIC_SUBNET_FIXED", 400)
                .mentions(primary.id(), fleet.app.id(), fleet.data.id());
    }

    @Test
    @Allows(RuleId.VNIC_SUBNET_FIXED)
    void modifyingNameAndGroupKeepsTheSubnet() {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        Vnic modified = fleet.plane.vnics().modify(
                new Modify(nic.id(), "renamed", fleet.webGroup, fleet.mgmt.id()));

        assertThat(modified.name()).isEqualTo("renamed");
        assertThat(modified.securityGroupId()).isEqualTo(fleet.webGroup);
        assertThat(fleet.vnic(nic.id()).subnetId()).isEqualTo(fleet.mgmt.id());
    }

    @Test
    @Refuses(RuleId.VNIC_ATTACH_SCOPE)
    void attachingAcrossVpcsIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic foreign = fleet.elastic("foreign", fleet.otherApp.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(foreign.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_ATTACH_SCOPE, "INVALID_NIC_INSTANCE_VPC_MISMATCH", 409)
                .mentions(foreign.id(), web.id(), fleet.otherVpc, fleet.prodVpc);
    }

    @Test
    @Refuses(RuleId.VNIC_ATTACH_SCOPE)
    void attachingAcrossRegionsIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic frankfurt = fleet.elastic("frankfurt", fleet.fra.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(frankfurt.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_ATTACH_SCOPE, "INVALID_NIC_INSTANCE_REGION_MISMATCH", 409)
                .mentions(frankfurt.id(), web.id(), SmallFleet.FRA, SmallFleet.HKG);
    }

    @Test
    @Refuses(RuleId.VNIC_ATTACH_SCOPE)
    void attachingInAnotherZoneAfterTheFirstAttachIsRefused() {
        Instance inZoneA = fleet.launch("web-a", "z2a.cpu.16");
        Instance inZoneB = fleet.launch("web-b", "z2a.cpu.16", SmallFleet.HKG_B,
                fleet.app.id(), null);
        Vnic nic = fleet.attachedElastic("leg", inZoneA.id());
        fleet.plane.vnics().detach(nic.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(nic.id(), inZoneB.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_ATTACH_SCOPE, "INVALID_NIC_INSTANCE_ZONE_MISMATCH", 409)
                .mentions(nic.id(), inZoneB.id(), SmallFleet.HKG_A, SmallFleet.HKG_B);
    }

    @Test
    @Allows(RuleId.VNIC_ATTACH_SCOPE)
    void anElasticVnicJoinsAnInstanceOfAnotherSubnetInTheSameVpc() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic mgmtLeg = fleet.elastic("mgmt-leg", fleet.mgmt.id());

        Vnic attached = fleet.plane.vnics().attach(mgmtLeg.id(), web.id());

        assertThat(web.subnetId()).isEqualTo(fleet.app.id());
        assertThat(attached.subnetId()).isEqualTo(fleet.mgmt.id());
        assertThat(attached.instanceId()).isEqualTo(web.id());
        assertThat(attached.deviceIndex()).isEqualTo(1);
        assertThat(attached.zoneId()).isEqualTo(SmallFleet.HKG_A);
    }

    @Test
    @Allows(RuleId.VNIC_ATTACH_SCOPE)
    void aDetachedVnicReattachesToAnotherInstanceOfItsZone() {
        Instance first = fleet.launch("web-1", "z2a.cpu.16");
        Instance second = fleet.launch("web-2", "z2a.cpu.16", SmallFleet.HKG_A,
                fleet.data.id(), fleet.hostA2.id());
        Vnic nic = fleet.attachedElastic("leg", first.id());
        fleet.plane.vnics().detach(nic.id());

        Vnic moved = fleet.plane.vnics().attach(nic.id(), second.id());

        assertThat(moved.instanceId()).isEqualTo(second.id());
        assertThat(moved.zoneId()).isEqualTo(SmallFleet.HKG_A);
        assertThat(fleet.vfOf(nic.id()).orElseThrow().adapterId())
                .isEqualTo(fleet.adapterOf(fleet.hostA2).id());
    }

    @Test
    @Refuses(RuleId.VNIC_ONE_INSTANCE)
    void attachingAnAttachedVnicToASecondInstanceIsRefused() {
        Instance first = fleet.launch("web-1", "z2a.cpu.16");
        Instance second = fleet.launch("web-2", "z2a.cpu.16");
        Vnic nic = fleet.attachedElastic("leg", first.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(nic.id(), second.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_ONE_INSTANCE, "INVALID_NIC_ATTACHED", 400)
                .mentions(nic.id(), first.id());
        assertThat(fleet.vnic(nic.id()).instanceId()).isEqualTo(first.id());
    }

    @Test
    @Refuses(RuleId.VNIC_ONE_INSTANCE)
    void attachingAVnicTwiceToItsOwnInstanceIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic nic = fleet.attachedElastic("leg", web.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(nic.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_ONE_INSTANCE, "INVALID_NIC_ATTACHED", 400)
                .mentions(nic.id(), web.id());
    }

    @Test
    @Allows(RuleId.VNIC_ONE_INSTANCE)
    void aDetachedVnicCanBeAttachedToAnotherInstance() {
        Instance first = fleet.launch("web-1", "z2a.cpu.16");
        Instance second = fleet.launch("web-2", "z2a.cpu.16");
        Vnic nic = fleet.attachedElastic("leg", first.id());

        fleet.plane.vnics().detach(nic.id());
        fleet.plane.vnics().attach(nic.id(), second.id());

        assertThat(fleet.vnic(nic.id()).instanceId()).isEqualTo(second.id());
        assertThat(fleet.vnicsOf(first.id())).extracting(Vnic::id).doesNotContain(nic.id());
        assertThat(fleet.vnicsOf(second.id())).extracting(Vnic::id).contains(nic.id());
    }
}
