package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.MigrationService.Migration;
import org.vnicconsole.control.service.MigrationService.Phase;
import org.vnicconsole.control.store.MigrationRepository.StepRow;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * RULES.md, Host side and live migration: PF-PRIVATE, MIGRATION-PATH and MIGRATION-CAPACITY.
 * FAILOVER-TRIPLET and CONFIGURE-MASTER, shown through the guest plan, are in
 * {@link GuestPlanRulesTest}.
 */
class HostMigrationRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    /** An instance on host-a1 with its primary and one elastic vNIC holding two addresses. */
    private Instance twoVnicInstance() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16", SmallFleet.HKG_A, fleet.app.id(),
                fleet.hostA1.id());
        Vnic leg = fleet.attachedElastic("leg", web.id());
        fleet.plane.addresses().assignCount(leg.id(), 1);
        return web;
    }

    private Map<String, VirtualFunction> vfsByVnic(Instance instance) {
        return fleet.vnicsOf(instance.id()).stream().collect(Collectors.toMap(Vnic::id,
                vnic -> fleet.vfOf(vnic.id()).orElseThrow()));
    }

    @Test
    @Holds(RuleId.PF_PRIVATE)
    void onlyVfsAreHandedToVnicsNeverThePf() {
        Instance web = twoVnicInstance();

        List<VirtualFunction> pool = fleet.vfsOf(fleet.hostA1);

        assertThat(pool).hasSize(fleet.adapterOf(fleet.hostA1).totalVfs())
                .extracting(VirtualFunction::pciAddress).doesNotContain(SmallFleet.PF_PCI)
                .doesNotHaveDuplicates();
        assertThat(vfsByVnic(web).values()).hasSize(2).allSatisfy(vf -> {
            assertThat(vf.pciAddress()).isNotEqualTo(SmallFleet.PF_PCI);
            assertThat(vf.adapterId()).isEqualTo(fleet.adapterOf(fleet.hostA1).id());
        });
    }

    @Test
    @Allows(RuleId.PF_PRIVATE)
    void thePfAppliesTheVnicsMacAndRateLimitToItsVfAndClearsThemOnDetach() {
        Instance web = twoVnicInstance();
        Vnic leg = fleet.vnicsOf(web.id()).get(1);

        fleet.plane.vnics().setRateLimit(leg.id(), 800);
        VirtualFunction held = fleet.vfOf(leg.id()).orElseThrow();
        fleet.plane.vnics().detach(leg.id());

        assertThat(held.macAddress()).isEqualTo(leg.macAddress());
        assertThat(held.rateLimitMbps()).isEqualTo(800);
        VirtualFunction returned = fleet.vfsOf(fleet.hostA1).get(held.index());
        assertThat(returned.isFree()).isTrue();
        assertThat(returned.macAddress()).isNull();
        assertThat(returned.rateLimitMbps()).isNull();
    }

    @Test
    @Allows(RuleId.MIGRATION_PATH)
    void aMigrationMovesEveryVnicThroughThePhasesInOrder() {
        Instance web = twoVnicInstance();
        List<Vnic> vnics = fleet.vnicsOf(web.id());

        Migration migration = fleet.plane.migrations().migrate(web.id(), fleet.hostA2.id(), null);

        assertThat(migration.state()).isEqualTo("SUCCEEDED");
        assertThat(migration.sourceHostId()).isEqualTo(fleet.hostA1.id());
        for (Vnic vnic : vnics) {
            assertThat(migration.steps()).filteredOn(step -> vnic.id().equals(step.vnicId()))
                    .extracting(StepRow::phase).containsExactly(Phase.VF_ACTIVE.name(),
                            Phase.VF_UNPLUGGED_STANDBY_ACTIVE.name(), Phase.VF_PLUGGED.name(),
                            Phase.VF_ACTIVE_AGAIN.name());
        }
        List<String> phases = migration.steps().stream().map(StepRow::phase).toList();
        assertThat(phases.indexOf(Phase.HOST_SWITCHED.name()))
                .isGreaterThan(phases.lastIndexOf(Phase.VF_UNPLUGGED_STANDBY_ACTIVE.name()))
                .isLessThan(phases.indexOf(Phase.VF_PLUGGED.name()));
        assertThat(migration.steps()).extracting(StepRow::seq)
                .isSortedAccordingTo(Integer::compare);
        assertThat(fleet.plane.migrations().find(migration.id()).steps())
                .extracting(StepRow::phase).isEqualTo(phases);
    }

    @Test
    @Holds(RuleId.MIGRATION_PATH)
    void aMigrationMovesVfsToTheTargetAndKeepsMacsAndAddresses() {
        Instance web = twoVnicInstance();
        List<Vnic> before = fleet.vnicsOf(web.id());
        Map<String, List<String>> addresses = before.stream().collect(Collectors.toMap(
                Vnic::id, vnic -> fleet.addressesOf(vnic.id())));

        fleet.plane.migrations().migrate(web.id(), fleet.hostA2.id(), null);

        assertThat(fleet.instance(web.id()).hostId()).isEqualTo(fleet.hostA2.id());
        assertThat(vfsByVnic(web).values()).extracting(VirtualFunction::adapterId)
                .containsOnly(fleet.adapterOf(fleet.hostA2).id());
        assertThat(fleet.freeVfsOf(fleet.hostA1)).isEqualTo(16);
        assertThat(fleet.vnicsOf(web.id()))
                .extracting(Vnic::id, Vnic::macAddress, Vnic::deviceIndex)
                .containsExactlyElementsOf(before.stream()
                        .map(vnic -> tuple(vnic.id(), vnic.macAddress(), vnic.deviceIndex()))
                        .toList());
        assertThat(before).allSatisfy(vnic ->
                assertThat(fleet.addressesOf(vnic.id())).isEqualTo(addresses.get(vnic.id())));
    }

    @Test
    @Refuses(RuleId.VNIC_ATTACH_SCOPE)
    void migratingToAHostOfAnotherZoneIsRefused() {
        Instance web = twoVnicInstance();

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.migrations().migrate(web.id(), fleet.hostB1.id(), null));

        assertThatRefusal(refusal)
                .enforces(RuleId.VNIC_ATTACH_SCOPE, "OPERATION_DENIED_MIGRATION_ZONE", 409)
                .mentions("host-b1", SmallFleet.HKG_B, web.id(), SmallFleet.HKG_A);
    }

    @Test
    @Refuses(RuleId.MIGRATION_CAPACITY)
    void aTargetWithoutAVfForEveryVnicIsRefusedBeforeAnythingMoves() {
        Instance web = twoVnicInstance();
        Host tiny = fleet.host("host-tiny", SmallFleet.HKG_A, 1, 64);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.migrations().migrate(web.id(), tiny.id(), null));

        assertThatRefusal(refusal)
                .enforces(RuleId.MIGRATION_CAPACITY, "OPERATION_DENIED_MIGRATION_CAPACITY", 409)
                .mentions("host-tiny", "each of 2 vNICs (room for 1)", "nothing was moved");
    }

    @Test
    @Refuses(RuleId.MIGRATION_CAPACITY)
    void aTargetWithoutTheQueueSetsIsRefused() {
        Instance web = twoVnicInstance();
        Host narrow = fleet.host("host-narrow", SmallFleet.HKG_A, 4, 12);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.migrations().migrate(web.id(), narrow.id(), null));

        assertThatRefusal(refusal)
                .enforces(RuleId.MIGRATION_CAPACITY, "OPERATION_DENIED_MIGRATION_CAPACITY", 409)
                .mentions("host-narrow", "each of 2 vNICs (room for 1)");
        assertThat(fleet.instance(web.id()).hostId()).isEqualTo(fleet.hostA1.id());
    }

    @Test
    @Refuses(RuleId.MIGRATION_CAPACITY)
    void aTargetWithoutTheVcpusIsRefused() {
        Instance web = twoVnicInstance();
        Host small = fleet.plane.fabric().registerHost("host-small", SmallFleet.HKG_A, 8, 64,
                List.of(new AdapterSpec("ens1f0", SmallFleet.PF_PCI, "ice", "E810", 8, 256)));

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.migrations().migrate(web.id(), small.id(), null));

        assertThatRefusal(refusal)
                .enforces(RuleId.MIGRATION_CAPACITY, "OPERATION_DENIED_MIGRATION_CAPACITY", 409)
                .mentions("host-small", "vCPUs or memory for z2a.cpu.16", "nothing was moved");
    }

    @Test
    @Allows(RuleId.MIGRATION_CAPACITY)
    void aTargetWithJustEnoughVfsAndQueuesTakesTheInstance() {
        Instance web = twoVnicInstance();
        Host exact = fleet.host("host-exact", SmallFleet.HKG_A, 2, 16);

        Migration migration = fleet.plane.migrations().migrate(web.id(), exact.id(), null);

        assertThat(migration.state()).isEqualTo("SUCCEEDED");
        assertThat(fleet.instance(web.id()).hostId()).isEqualTo(exact.id());
        assertThat(fleet.freeVfsOf(exact)).isZero();
    }

    @ParameterizedTest(name = "failing after {0}")
    @EnumSource(value = Phase.class, names = {"VF_ACTIVE", "VF_UNPLUGGED_STANDBY_ACTIVE",
        "HOST_SWITCHED", "VF_PLUGGED", "VF_ACTIVE_AGAIN"})
    @Holds(RuleId.MIGRATION_CAPACITY)
    void aMigrationFailingMidwayLeavesTheInstanceOnItsSourceWithItsVfs(Phase failAfter) {
        Instance web = twoVnicInstance();
        Map<String, VirtualFunction> vfsBefore = vfsByVnic(web);

        Migration migration = fleet.plane.migrations().migrate(web.id(), fleet.hostA2.id(),
                failAfter);

        assertThat(migration.state()).isEqualTo("FAILED");
        assertThat(migration.detail()).contains(failAfter.name());
        assertThat(migration.steps()).last().extracting(StepRow::phase)
                .isEqualTo(Phase.ROLLED_BACK.name());
        assertThat(fleet.plane.migrations().find(migration.id()).state()).isEqualTo("FAILED");
        assertThat(fleet.instance(web.id()).hostId()).isEqualTo(fleet.hostA1.id());
        assertThat(vfsByVnic(web)).isEqualTo(vfsBefore);
        assertThat(fleet.freeVfsOf(fleet.hostA2)).isEqualTo(16);
    }
}
