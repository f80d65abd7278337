package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.SMALL_ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.DescribeHostsRequest;
import org.vnicconsole.model.api.operator.MigrateInstanceRequest;
import org.vnicconsole.model.api.operator.MigrationInfo;
import org.vnicconsole.model.api.operator.MigrationStepInfo;
import org.vnicconsole.model.api.operator.VfInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.StartIpForwardRequest;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * The per-vNIC boundary and host-side rules of RULES.md at the API: VNIC-BOUNDARY,
 * SRC-DST-CHECK and PF-PRIVATE through the vNIC actions and DescribeHosts; MIGRATION-PATH and
 * MIGRATION-CAPACITY through the operator's MigrateInstance, with a failure injected for the
 * rollback.
 */
class RulesHostMigrationApiTest {

    private ApiScenario fleet;
    private String subnet;
    private String instance;
    private String nic;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        instance = fleet.launch("web-1", "z2a.cpu.4", ZONE, subnet);
        nic = fleet.elasticNic("leg", subnet);
        fleet.attach(nic, instance);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void vnicBoundaryGivesEachVnicItsOwnGroupRateLimitAndMac() {
        String primary = fleet.primaryOf(instance).nicId();
        String group = fleet.zec(ZecApi.CREATE_SECURITY_GROUP,
                Map.of("securityGroupName", "dmz")).get("securityGroupId").asText();

        fleet.zec(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                "securityGroupId", group, "rateLimitMbps", 250));
        var negative = refusedWith(400, "INVALID_PARAMETER_LESS_MINIMUM", null, () -> fleet.zec(
                ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                        "rateLimitMbps", -1)));

        assertThat(negative.getMessage()).contains("rateLimitMbps");
        assertThat(fleet.nic(nic).securityGroupId()).isEqualTo(group);
        assertThat(fleet.nic(primary).securityGroupId()).isEqualTo(fleet.defaultGroup());
        assertThat(fleet.nic(nic).rateLimitMbps()).isEqualTo(250);
        assertThat(fleet.nic(primary).rateLimitMbps()).isNull();
        assertThat(vfOf(nic).rateLimitMbps()).isEqualTo(250);
        assertThat(vfOf(primary).rateLimitMbps()).isNull();
        assertThat(fleet.nic(nic).macAddress()).isNotEqualTo(fleet.nic(primary).macAddress());
    }

    @Test
    void srcDstCheckIsOnByDefaultPerVnicAndTheForwardingSwitchTurnsItOffForAll() {
        String primary = fleet.primaryOf(instance).nicId();

        fleet.zec(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                "sourceDestCheck", false));
        boolean primaryAfterOne = fleet.nic(primary).sourceDestCheck();
        fleet.zec(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                "sourceDestCheck", true));
        fleet.zec().startIpForward(new StartIpForwardRequest(instance)).execute();

        assertThat(primaryAfterOne).isTrue();
        assertThat(fleet.nicsOf(instance)).allSatisfy(n ->
                assertThat(n.sourceDestCheck()).isFalse());
        assertThat(fleet.nic(fleet.elasticNic("fresh", subnet)).sourceDestCheck()).isTrue();
    }

    @Test
    void pfPrivateHandsOnlyVfsToGuestsWithTheVnicsMacOnTheVf() {
        AdapterInfo adapter = adapterOf(fleet.instance(instance).hostId());

        assertThat(adapter.vfs()).extracting(VfInfo::pciAddress)
                .doesNotContain(adapter.pciAddress()).doesNotHaveDuplicates();
        for (NicInfo attached : fleet.nicsOf(instance)) {
            assertThat(attached.vfPciAddress()).isNotEqualTo(adapter.pciAddress());
            assertThat(vfOf(attached.nicId()).macAddress()).isEqualTo(attached.macAddress());
        }
    }

    @Test
    void migrationPathMovesEveryVnicThroughTheStandbyToAVfOfTheTarget() {
        String source = fleet.instance(instance).hostId();
        String target = otherHostOfZone(source);
        List<NicInfo> before = fleet.nicsOf(instance);

        MigrationInfo migration = migrate(target, null);

        assertThat(migration.state()).isEqualTo("SUCCEEDED");
        assertThat(migration.steps()).extracting(MigrationStepInfo::phase).containsExactly(
                "VF_ACTIVE", "VF_ACTIVE", "VF_UNPLUGGED_STANDBY_ACTIVE",
                "VF_UNPLUGGED_STANDBY_ACTIVE", "HOST_SWITCHED", "VF_PLUGGED", "VF_PLUGGED",
                "VF_ACTIVE_AGAIN", "VF_ACTIVE_AGAIN");
        List<NicInfo> after = fleet.nicsOf(instance);
        assertThat(after).extracting(NicInfo::hostId).containsOnly(target);
        assertThat(after).extracting(NicInfo::macAddress)
                .isEqualTo(before.stream().map(NicInfo::macAddress).toList());
        assertThat(after).extracting(NicInfo::privateIpList)
                .isEqualTo(before.stream().map(NicInfo::privateIpList).toList());
        assertThat(adapterOf(source).usedVfs()).isZero();
        assertThat(adapterOf(target).usedVfs()).isEqualTo(2);
    }

    @Test
    void migrationCapacityRefusesATargetWithoutAVfForEveryVnicBeforeMovingAnything() {
        String edge = fleet.launch("edge", "z2a.cpu.1", SMALL_ZONE, subnet);
        String full = fleet.hostId("host-c2");

        var refusal = refusedWith(409, "OPERATION_DENIED_MIGRATION_CAPACITY",
                RuleId.MIGRATION_CAPACITY, () -> fleet.operator().migrateInstance(
                        new MigrateInstanceRequest(edge, full, null)).execute());

        assertThat(refusal.getMessage()).contains("host-c2", "1 vNICs", "room for 0",
                "nothing was moved");
        assertThat(fleet.instance(edge).hostId()).isEqualTo(fleet.hostId("host-c1"));
        assertThat(fleet.primaryOf(edge).hostId()).isEqualTo(fleet.hostId("host-c1"));
    }

    @Test
    void migrationCapacityLeavesAFailedMigrationOnTheSourceWithItsVfsBack() {
        String source = fleet.instance(instance).hostId();
        List<String> pcis = fleet.nicsOf(instance).stream().map(NicInfo::vfPciAddress).toList();

        MigrationInfo failed = migrate(otherHostOfZone(source), "HOST_SWITCHED");

        assertThat(failed.state()).isEqualTo("FAILED");
        assertThat(failed.detail()).contains("HOST_SWITCHED");
        assertThat(failed.steps()).last().satisfies(step ->
                assertThat(step.phase()).isEqualTo("ROLLED_BACK"));
        assertThat(fleet.instance(instance).hostId()).isEqualTo(source);
        assertThat(fleet.nicsOf(instance)).extracting(NicInfo::vfPciAddress)
                .containsExactlyElementsOf(pcis);
        assertThat(adapterOf(source).usedVfs()).isEqualTo(2);
        assertThat(fleet.operator().describeMigration(failed.migrationId()).execute().state())
                .isEqualTo("FAILED");
    }

    @Test
    void aMigrationToAnotherZoneIsRefusedBecauseVnicsNeverCrossZones() {
        String source = fleet.instance(instance).hostId();

        var refusal = refusedWith(409, "OPERATION_DENIED_MIGRATION_ZONE",
                RuleId.VNIC_ATTACH_SCOPE, () -> migrate(fleet.hostId("host-b1"), null));

        assertThat(refusal.getMessage()).contains("host-b1", ApiScenario.ZONE_B, ZONE);
        assertThat(fleet.instance(instance).hostId()).isEqualTo(source);
    }

    private MigrationInfo migrate(String target, String failAfter) {
        return fleet.operator().migrateInstance(new MigrateInstanceRequest(instance, target,
                failAfter)).execute();
    }

    private String otherHostOfZone(String hostId) {
        String first = fleet.hostId("host-a1");
        return hostId.equals(first) ? fleet.hostId("host-a2") : first;
    }

    private AdapterInfo adapterOf(String hostId) {
        return fleet.operator().describeHosts(new DescribeHostsRequest(null, List.of(hostId),
                true, 10, 1)).execute().dataSet().get(0).adapters().get(0);
    }

    private VfInfo vfOf(String nicId) {
        return adapterOf(fleet.nic(nicId).hostId()).vfs().stream()
                .filter(vf -> nicId.equals(vf.nicId())).findFirst().orElseThrow();
    }
}
