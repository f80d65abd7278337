package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.DescribeHostsRequest;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.operator.MigrateInstanceRequest;
import org.vnicconsole.model.api.operator.MigrationInfo;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.operator.RuleInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.rules.RuleId;

/**
 * Every operator action over HTTP: DescribeRuleCatalogue, DescribeCapacityTable,
 * DescribeHosts, RegisterHostInventory, MigrateInstance, DescribeMigration, DescribeGuestPlan
 * and CheckInvariants, and the tenant key refused on the operator service.
 */
class OperatorApiTest {

    private ApiScenario fleet;
    private String instance;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        instance = fleet.launch("web-1", "z2a.cpu.4", ZONE, subnet);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void describeRuleCatalogueAnswersEveryRuleInOrder() {
        List<RuleInfo> rules = fleet.operator().describeRuleCatalogue().execute().ruleSet();

        assertThat(rules).extracting(RuleInfo::id).containsExactlyElementsOf(
                Arrays.stream(RuleId.values()).map(RuleId::id).toList());
        assertThat(rules).allSatisfy(rule -> assertThat(rule.text()).isNotBlank());
    }

    @Test
    void describeCapacityTableAnswersTheRowsAndTheUnattachedLimit() {
        var table = fleet.operator().describeCapacityTable().execute();

        assertThat(table.capacitySet()).hasSize(7);
        assertThat(table.capacitySet().get(0).vcpus()).isEqualTo(1);
        assertThat(table.capacitySet().get(0).ipv4PerVnic()).isEqualTo(6);
        assertThat(table.unattachedIpv4Limit()).isEqualTo(30);
    }

    @Test
    void describeHostsFiltersByZoneAndIdsPagesAndShowsWhichVnicEachVfBacks() {
        Page<HostInfo> zone = hosts(ZONE, null, true, 100);
        Page<HostInfo> byId = hosts(null, List.of(fleet.hostId("host-b1")), false, 100);
        Page<HostInfo> paged = hosts(null, null, false, 4);

        assertThat(zone.totalCount()).isEqualTo(2);
        HostInfo busy = zone.dataSet().stream().filter(h -> h.vcpuUsed() > 0).findFirst()
                .orElseThrow();
        AdapterInfo adapter = busy.adapters().get(0);
        assertThat(adapter.usedVfs()).isEqualTo(1);
        assertThat(adapter.usedQueues()).isEqualTo(2);
        assertThat(adapter.vfs()).filteredOn(vf -> vf.nicId() != null).singleElement()
                .satisfies(vf -> assertThat(vf.instanceId()).isEqualTo(instance));
        assertThat(byId.dataSet()).singleElement()
                .satisfies(h -> assertThat(h.adapters().get(0).vfs()).isNull());
        assertThat(paged.totalCount()).isEqualTo(6);
        assertThat(paged.dataSet()).hasSize(4);
    }

    @Test
    void registerHostInventoryAddsAHostWithItsPfsAndSkipsUnknownOnes() {
        JsonNode registered = fleet.api().operatorCall(OperatorApi.REGISTER_HOST_INVENTORY,
                Map.of("hostName", "host-new", "zoneId", ZONE, "vcpuTotal", 32, "memoryGib", 128,
                        "physicalFunctions", List.of(
                                Map.of("name", "ens2f0", "pciAddress", "0000:5e:00.0",
                                        "driver", "mlx5_core", "totalVfs", 8),
                                Map.of("name", "ens2f1", "pciAddress", "unknown"))));

        String hostId = registered.get("hostId").asText();
        assertThat(registered.get("adapterIds")).hasSize(1);
        assertThat(registered.get("skipped").get(0).asText()).contains("ens2f1");
        HostInfo host = hosts(null, List.of(hostId), false, 10).dataSet().get(0);
        assertThat(host.vcpuTotal()).isEqualTo(32);
        assertThat(host.adapters().get(0).totalVfs()).isEqualTo(8);
        assertThat(host.adapters().get(0).totalQueues()).isEqualTo(64);
    }

    @Test
    void registerHostInventoryRefusesMissingPartsAnUnknownZoneAndShrinkingUnderHeldVfs() {
        refusedWith(400, "MISSING_PARAMETER", null, () -> inventory(Map.of("hostName", "h-x")));
        refusedWith(400, "MISSING_PARAMETER", null, () -> inventory(Map.of("hostName", "h-x",
                "physicalFunctions", List.of())));
        refusedWith(404, "INVALID_ZONE_NOT_FOUND", null, () -> inventory(Map.of("hostName",
                "h-x", "zoneId", "mars-1a", "vcpuTotal", 8, "memoryGib", 8,
                "physicalFunctions", List.of())));
        String busyHost = fleet.instance(instance).hostId();
        String busyName = hosts(null, List.of(busyHost), false, 1).dataSet().get(0).name();
        var shrink = refusedWith(409, "OPERATION_DENIED_VF_IN_USE", null, () -> inventory(Map.of(
                "hostName", busyName, "physicalFunctions", List.of(Map.of("name", "ens1f0",
                        "pciAddress", "0000:3b:00.0", "totalVfs", 0)))));

        assertThat(shrink.getMessage()).contains("0 VFs");
        assertThat(hosts(null, null, false, 100).totalCount()).isEqualTo(6);
        assertThat(hosts(null, List.of(busyHost), false, 1).dataSet().get(0).adapters().get(0)
                .totalVfs()).isEqualTo(16);
    }

    @Test
    void migrateInstanceMovesItAndDescribeMigrationReadsTheRecordBack() {
        String source = fleet.instance(instance).hostId();
        String target = source.equals(fleet.hostId("host-a1")) ? fleet.hostId("host-a2")
                : fleet.hostId("host-a1");

        MigrationInfo done = fleet.operator().migrateInstance(
                new MigrateInstanceRequest(instance, target, null)).execute();
        MigrationInfo read = fleet.operator().describeMigration(done.migrationId()).execute();

        assertThat(done.state()).isEqualTo("SUCCEEDED");
        assertThat(done.sourceHostId()).isEqualTo(source);
        assertThat(read).isEqualTo(done);
        assertThat(fleet.instance(instance).hostId()).isEqualTo(target);
        refusedWith(404, "INVALID_MIGRATION_NOT_FOUND", null,
                () -> fleet.operator().describeMigration("mig-nope").execute());
    }

    @Test
    void migrateInstanceRefusesItsOwnHostAnUnknownHostAndAnUnknownPhase() {
        String source = fleet.instance(instance).hostId();

        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> migrate(source, null));
        refusedWith(404, "INVALID_HOST_NOT_FOUND", null, () -> migrate("host-nope", null));
        refusedWith(400, "INVALID_PARAMETER_VALUE", null,
                () -> migrate(fleet.hostId("host-a2"), "NEVER"));
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null, () -> fleet.operator()
                .migrateInstance(new MigrateInstanceRequest("i-nope", source, null)).execute());

        assertThat(fleet.instance(instance).hostId()).isEqualTo(source);
    }

    @Test
    void describeGuestPlanAnswersOneInterfacePerVnicAndRefusesAnUnknownInstance() {
        var plan = fleet.operator().describeGuestPlan(instance).execute();

        assertThat(plan.instanceId()).isEqualTo(instance);
        assertThat(plan.interfaces()).singleElement()
                .satisfies(i -> assertThat(i.master()).isEqualTo("eth0"))
                .satisfies(i -> assertThat(i.macAddress())
                        .isEqualTo(fleet.primaryOf(instance).macAddress()));
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null,
                () -> fleet.operator().describeGuestPlan("i-nope").execute());
    }

    @Test
    void checkInvariantsAnswersAnEmptyListForASoundStore() {
        JsonNode answer = fleet.api().operatorCall(OperatorApi.CHECK_INVARIANTS, Map.of());

        assertThat(answer.get("violations").isArray()).isTrue();
        assertThat(answer.get("violations")).isEmpty();
    }

    @Test
    void theTenantKeyIsRefusedOnTheOperatorService() {
        refusedWith(401, "AUTHFAILURE_UNAUTHORIZED_OPERATION", null, () -> fleet.api()
                .tenantTransport().call(ApiService.OPERATOR, OperatorApi.CHECK_INVARIANTS,
                        Map.of(), JsonNode.class));
    }

    private Page<HostInfo> hosts(String zone, List<String> ids, boolean withVfs, int size) {
        return fleet.operator().describeHosts(new DescribeHostsRequest(zone, ids, withVfs, size,
                1)).execute();
    }

    private JsonNode inventory(Map<String, ?> body) {
        return fleet.api().operatorCall(OperatorApi.REGISTER_HOST_INVENTORY, body);
    }

    private MigrationInfo migrate(String target, String failAfter) {
        return fleet.operator().migrateInstance(new MigrateInstanceRequest(instance, target,
                failAfter)).execute();
    }
}
