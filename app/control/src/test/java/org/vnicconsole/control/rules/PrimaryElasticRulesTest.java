package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * RULES.md, Primary and elastic: PRIMARY-CREATED, PRIMARY-NO-DETACH, ELASTIC-LIFECYCLE,
 * ELASTIC-IDENTITY, PRIMARY-IPS-STAY, RELEASE-INSTANCE. PRIMARY-DEFAULT-ROUTE, seen in the
 * guest, is in {@link GuestPlanRulesTest}.
 */
class PrimaryElasticRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    @Test
    @Allows(RuleId.PRIMARY_CREATED)
    void launchCreatesAnAttachedPrimaryWithIpv4MacAndIpv6WhenAsked() {
        Instance web = fleet.launchWithIpv6("web-1", "z2a.cpu.4", fleet.app.id());

        Vnic primary = fleet.primaryOf(web.id());

        assertThat(primary.kind()).isEqualTo(VnicKind.PRIMARY);
        assertThat(primary.subnetId()).isEqualTo(fleet.app.id());
        assertThat(primary.instanceId()).isEqualTo(web.id());
        assertThat(primary.deviceIndex()).isZero();
        assertThat(fleet.addressesOf(primary.id())).containsExactly("10.10.1.2");
        assertThat(primary.macAddress()).matches("02:5a(:[0-9a-f]{2}){4}");
        assertThat(primary.ipv6Address()).isNotNull();
        assertThat(fleet.vfOf(primary.id())).isPresent();
    }

    @Test
    @Allows(RuleId.PRIMARY_CREATED)
    void launchWithoutIpv6GivesThePrimaryNoIpv6EvenInAnIpv6Subnet() {
        Instance web = fleet.launch("web-1", "z2a.cpu.4");

        Vnic primary = fleet.primaryOf(web.id());

        assertThat(primary.ipv6Address()).isNull();
        assertThat(primary.ipv6Cidr()).isNull();
        assertThat(fleet.addressesOf(primary.id())).hasSize(1);
    }

    @Test
    @Allows(RuleId.PRIMARY_CREATED)
    void launchWithTheLongestAllowedNameCreatesItsPrimary() {
        String name = "w".repeat(63);

        Instance web = fleet.launch(name, "z2a.cpu.4");

        Vnic primary = fleet.primaryOf(web.id());
        assertThat(web.name()).isEqualTo(name);
        assertThat(primary.name()).hasSizeLessThanOrEqualTo(63).endsWith("-primary");
    }

    @Test
    @Refuses(RuleId.PRIMARY_CREATED)
    void launchingIntoASubnetOfAnotherRegionIsRefused() {
        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.launch("web-1", "z2a.cpu.4",
                SmallFleet.HKG_A, fleet.fra.id(), null));

        assertThatRefusal(refusal)
                .enforces(RuleId.PRIMARY_CREATED, "INVALID_SUBNET_REGION_MISMATCH", 409)
                .blames("subnetId")
                .mentions(fleet.fra.id(), SmallFleet.FRA, SmallFleet.HKG_A, SmallFleet.HKG);
    }

    @Test
    @Refuses({RuleId.PRIMARY_NO_DETACH, RuleId.PRIMARY_IPS_STAY})
    void detachingThePrimaryIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.4");
        Vnic primary = fleet.primaryOf(web.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().detach(primary.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.PRIMARY_NO_DETACH, "INVALID_NIC_PRIMARY_CANT_DETACH", 409)
                .mentions(primary.id(), web.id());
    }

    @Test
    @Refuses(RuleId.PRIMARY_NO_DETACH)
    void deletingThePrimaryOnItsOwnIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.4");
        Vnic primary = fleet.primaryOf(web.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().delete(primary.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.PRIMARY_NO_DETACH, "INVALID_NIC_PRIMARY_CANT_DELETE", 409)
                .mentions(primary.id(), web.id());
    }

    @Test
    @Allows(RuleId.PRIMARY_NO_DETACH)
    void thePrimaryIsReleasedWithItsInstance() {
        Instance web = fleet.launch("web-1", "z2a.cpu.4");
        Vnic primary = fleet.primaryOf(web.id());

        fleet.plane.instances().release(web.id(), false);

        assertThat(fleet.findVnic(primary.id())).isEmpty();
        assertThat(fleet.addressesOf(primary.id())).isEmpty();
        assertThat(fleet.vfOf(primary.id())).isEmpty();
    }

    @Test
    @Allows(RuleId.ELASTIC_LIFECYCLE)
    void anElasticVnicIsCreatedDetachedThenAttachedDetachedAndDeleted() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic created = fleet.elastic("leg", fleet.mgmt.id());
        assertThat(created.kind()).isEqualTo(VnicKind.ELASTIC);
        assertThat(created.isAttached()).isFalse();

        fleet.plane.vnics().attach(created.id(), web.id());
        assertThat(fleet.vnic(created.id()).instanceId()).isEqualTo(web.id());
        fleet.plane.vnics().detach(created.id());
        assertThat(fleet.vnic(created.id()).isAttached()).isFalse();
        fleet.plane.vnics().delete(created.id());

        assertThat(fleet.findVnic(created.id())).isEmpty();
        assertThat(fleet.addressCountIn(fleet.mgmt.id())).isZero();
    }

    @Test
    @Refuses(RuleId.ELASTIC_LIFECYCLE)
    void deletingAnAttachedElasticVnicIsRefused() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic nic = fleet.attachedElastic("leg", web.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.vnics().delete(nic.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.ELASTIC_LIFECYCLE, "INVALID_NIC_ATTACHED", 400)
                .mentions(nic.id(), web.id(), "detach it");
    }

    @Test
    @Holds(RuleId.ELASTIC_IDENTITY)
    void detachingKeepsIpsMacGroupAndEips() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic nic = fleet.plane.vnics().attach(fleet.plane.vnics().createElastic(new CreateElastic(
                "leg", fleet.mgmt.id(), fleet.webGroup, null, false)).id(), web.id());
        fleet.plane.addresses().assignCount(nic.id(), 2);
        Eip eip = fleet.newEip("leg-eip");
        fleet.plane.eips().bind(List.of(eip.id()), nic.id(), "10.10.250.3", null);

        fleet.plane.vnics().detach(nic.id());

        Vnic detached = fleet.vnic(nic.id());
        assertThat(fleet.addressesOf(nic.id()))
                .containsExactly("10.10.250.2", "10.10.250.3", "10.10.250.4");
        assertThat(detached.macAddress()).isEqualTo(nic.macAddress());
        assertThat(detached.securityGroupId()).isEqualTo(fleet.webGroup);
        assertThat(fleet.eip(eip.id()).privateIp()).isEqualTo("10.10.250.3");
        assertThat(fleet.eip(eip.id()).vnicId()).isEqualTo(nic.id());
    }

    @Test
    @Allows(RuleId.ELASTIC_IDENTITY)
    void reattachingToAnotherInstanceMovesTheWholeIdentity() {
        Instance first = fleet.launch("web-1", "z2a.cpu.16");
        Instance second = fleet.launch("web-2", "z2a.cpu.16");
        Vnic nic = fleet.attachedElastic("leg", first.id());
        fleet.plane.addresses().assignCount(nic.id(), 1);
        Eip eip = fleet.newEip("leg-eip");
        fleet.plane.eips().bind(List.of(eip.id()), nic.id(), "10.10.250.2", ForwardingMode.BYPASS);
        List<String> addresses = fleet.addressesOf(nic.id());

        fleet.plane.vnics().detach(nic.id());
        Vnic moved = fleet.plane.vnics().attach(nic.id(), second.id());

        assertThat(moved.instanceId()).isEqualTo(second.id());
        assertThat(fleet.addressesOf(nic.id())).isEqualTo(addresses);
        assertThat(moved.macAddress()).isEqualTo(nic.macAddress());
        assertThat(moved.securityGroupId()).isEqualTo(nic.securityGroupId());
        assertThat(fleet.eip(eip.id()))
                .extracting(Eip::vnicId, Eip::privateIp, Eip::mode)
                .containsExactly(nic.id(), "10.10.250.2", ForwardingMode.BYPASS);
        assertThat(fleet.vfOf(nic.id()).orElseThrow().macAddress()).isEqualTo(nic.macAddress());
    }

    @Test
    @Refuses(RuleId.PRIMARY_IPS_STAY)
    void aPrimaryAddressCannotBeAssignedToAnotherVnicWhileHeld() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic primary = fleet.primaryOf(web.id());
        Vnic other = fleet.elastic("other", fleet.app.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignAddresses(other.id(), List.of("10.10.1.2")));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_RESERVED, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED", 409)
                .mentions("10.10.1.2", primary.id());
    }

    @Test
    @Refuses(RuleId.PRIMARY_IPS_STAY)
    void aPrimaryAddressCannotBeUnassignedToFreeIt() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic primary = fleet.primaryOf(web.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .unassign(primary.id(), List.of("10.10.1.2")));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_PRIMARY, "INVALID_NIC_PRIMARY_IP_CANT_DETACH", 409)
                .mentions("10.10.1.2", primary.id());
    }

    @Test
    @Allows(RuleId.PRIMARY_IPS_STAY)
    void anElasticVnicKeepsItsAddressAcrossInstanceReplacement() {
        Instance old = fleet.launch("web-old", "z2a.cpu.16");
        Vnic service = fleet.attachedElastic("service", old.id());
        String serviceIp = fleet.primaryIpOf(service.id());

        fleet.plane.instances().release(old.id(), false);
        Instance replacement = fleet.launch("web-new", "z2a.cpu.16");
        fleet.plane.vnics().attach(service.id(), replacement.id());

        assertThat(fleet.primaryIpOf(service.id())).isEqualTo(serviceIp);
        assertThat(fleet.vnic(service.id()).instanceId()).isEqualTo(replacement.id());
    }

    @Test
    @Holds(RuleId.RELEASE_INSTANCE)
    void releaseFreesThePrimaryAddressAndVfAtOnce() {
        Instance old = fleet.launch("web-old", "z2a.cpu.4");
        long freeBefore = fleet.freeVfsOf(fleet.hostA1);

        fleet.plane.instances().release(old.id(), false);
        Instance next = fleet.launch("web-new", "z2a.cpu.4");

        assertThat(fleet.freeVfsOf(fleet.hostA1)).isEqualTo(freeBefore);
        assertThat(fleet.primaryIpOf(fleet.primaryOf(next.id()).id())).isEqualTo("10.10.1.2");
        assertThat(fleet.addressCountIn(fleet.app.id())).isEqualTo(1);
    }

    @Test
    @Allows(RuleId.RELEASE_INSTANCE)
    void releaseKeepsElasticVnicsDetachedWithTheirIdentity() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", web.id());
        Eip eip = fleet.newEip("leg-eip");
        fleet.plane.eips().bind(List.of(eip.id()), leg.id(), "10.10.250.2", null);

        fleet.plane.instances().release(web.id(), false);

        Vnic kept = fleet.vnic(leg.id());
        assertThat(kept.isAttached()).isFalse();
        assertThat(kept.macAddress()).isEqualTo(leg.macAddress());
        assertThat(fleet.addressesOf(leg.id())).containsExactly("10.10.250.2");
        assertThat(fleet.vfOf(leg.id())).isEmpty();
        assertThat(fleet.eip(eip.id()).vnicId()).isEqualTo(leg.id());
    }

    @Test
    @Allows(RuleId.RELEASE_INSTANCE)
    void releaseWithDependentResourcesDeletesElasticVnicsAndUnbindsButKeepsTheirEips() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", web.id());
        Eip eip = fleet.newEip("leg-eip");
        fleet.plane.eips().bind(List.of(eip.id()), leg.id(), "10.10.250.2", null);

        fleet.plane.instances().release(web.id(), true);

        assertThat(fleet.findVnic(leg.id())).isEmpty();
        assertThat(fleet.addressCountIn(fleet.mgmt.id())).isZero();
        assertThat(fleet.eip(eip.id()).isBound()).isFalse();
        assertThat(fleet.freeVfsOf(fleet.hostA1)).isEqualTo(16);
    }
}
