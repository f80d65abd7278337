package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.Modify;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.rules.RuleId;

/**
 * RULES.md, Per-vNIC boundaries: VNIC-BOUNDARY and SRC-DST-CHECK. Neither has a refusal of its
 * own: the bad values they can meet (an unknown group, a rate of 0) are in {@link BadInputTest}.
 */
class BoundaryRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    @Test
    @Allows(RuleId.VNIC_BOUNDARY)
    void eachVnicHasItsOwnGroupRateLimitAndMac() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic primary = fleet.primaryOf(web.id());
        Vnic leg = fleet.attachedElastic("leg", web.id());

        fleet.plane.vnics().modify(new Modify(leg.id(), null, fleet.webGroup, null));
        fleet.plane.vnics().setRateLimit(leg.id(), 500);

        assertThat(fleet.vnic(leg.id()).securityGroupId()).isEqualTo(fleet.webGroup);
        assertThat(fleet.vnic(leg.id()).rateLimitMbps()).isEqualTo(500);
        assertThat(fleet.vfOf(leg.id()).orElseThrow().rateLimitMbps()).isEqualTo(500);
        assertThat(fleet.vnic(primary.id()).securityGroupId()).isEqualTo(fleet.defaultGroup);
        assertThat(fleet.vnic(primary.id()).rateLimitMbps()).isNull();
        assertThat(fleet.vfOf(primary.id()).orElseThrow().rateLimitMbps()).isNull();
        assertThat(leg.macAddress()).isNotEqualTo(primary.macAddress());
    }

    @Test
    @Holds(RuleId.VNIC_BOUNDARY)
    void aVnicsRateLimitTravelsToItsNextVf() {
        Instance first = fleet.launch("web-1", "z2a.cpu.16");
        Instance second = fleet.launch("web-2", "z2a.cpu.16", SmallFleet.HKG_A, fleet.app.id(),
                fleet.hostA2.id());
        Vnic leg = fleet.attachedElastic("leg", first.id());
        fleet.plane.vnics().detach(leg.id());
        fleet.plane.vnics().setRateLimit(leg.id(), 250);

        fleet.plane.vnics().attach(leg.id(), second.id());

        assertThat(fleet.vfOf(leg.id()).orElseThrow())
                .satisfies(vf -> assertThat(vf.rateLimitMbps()).isEqualTo(250))
                .satisfies(vf -> assertThat(vf.macAddress()).isEqualTo(leg.macAddress()))
                .satisfies(vf -> assertThat(vf.adapterId())
                        .isEqualTo(fleet.adapterOf(fleet.hostA2).id()));
    }

    @Test
    @Allows(RuleId.SRC_DST_CHECK)
    void theCheckIsOnByDefaultAndTurnsOffForOneVnicOnly() {
        Instance router = fleet.launch("router-1", "z2a.cpu.16");
        Vnic primary = fleet.primaryOf(router.id());
        Vnic leg = fleet.attachedElastic("leg", router.id());
        assertThat(primary.sourceDestCheck()).isTrue();
        assertThat(leg.sourceDestCheck()).isTrue();

        fleet.plane.vnics().setSourceDestCheck(leg.id(), false);

        assertThat(fleet.vnic(leg.id()).sourceDestCheck()).isFalse();
        assertThat(fleet.vnic(primary.id()).sourceDestCheck()).isTrue();
    }

    @Test
    @Allows(RuleId.SRC_DST_CHECK)
    void theInstanceForwardingSwitchTurnsTheCheckOffAndOnForEveryVnic() {
        Instance router = fleet.launch("router-1", "z2a.cpu.16");
        fleet.attachedElastic("leg-1", router.id());
        fleet.attachedElastic("leg-2", router.id());

        Instance forwarding = fleet.plane.instances().setIpForward(router.id(), true);

        assertThat(forwarding.ipForward()).isTrue();
        assertThat(fleet.vnicsOf(router.id())).hasSize(3)
                .extracting(Vnic::sourceDestCheck).containsOnly(false);
        fleet.plane.instances().setIpForward(router.id(), false);
        assertThat(fleet.vnicsOf(router.id())).extracting(Vnic::sourceDestCheck)
                .containsOnly(true);
    }

    @Test
    @Holds(RuleId.SRC_DST_CHECK)
    void aForwardingLaunchStartsWithTheCheckOffOnItsPrimary() {
        Instance router = fleet.plane.instances().launch(new Launch("router-1", "z2a.cpu.4",
                SmallFleet.HKG_A, fleet.app.id(), SmallFleet.IMAGE, null, null, false, true,
                null));

        Vnic primary = fleet.primaryOf(router.id());

        assertThat(router.ipForward()).isTrue();
        assertThat(primary.sourceDestCheck()).isFalse();
    }

    @Test
    @Holds(RuleId.SRC_DST_CHECK)
    void aVnicAttachedToAForwardingInstanceHasTheCheckOff() {
        Instance router = fleet.launch("router-1", "z2a.cpu.16");
        fleet.plane.instances().setIpForward(router.id(), true);

        Vnic leg = fleet.attachedElastic("leg-late", router.id());

        assertThat(fleet.vnicsOf(router.id())).filteredOn(v -> v.id().equals(leg.id()))
                .extracting(Vnic::sourceDestCheck).containsExactly(false);
    }
}
