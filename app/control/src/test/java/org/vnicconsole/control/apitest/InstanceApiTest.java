package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.FAR_REGION;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.ModifyInstanceTypeRequest;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.ReleaseInstancesRequest;
import org.vnicconsole.model.api.zec.StartIpForwardRequest;
import org.vnicconsole.model.api.zec.StopIpForwardRequest;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * CreateZecInstances, DescribeInstances, ModifyInstanceType, ReleaseInstances, StartIpForward
 * and StopIpForward over HTTP.
 */
class InstanceApiTest {

    private ApiScenario fleet;
    private String subnet;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void createZecInstancesAnswersTheOrderAndIdsAndEachInstanceRunsWithItsPrimary() {
        JsonNode created = fleet.launch(Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.2",
                "subnetId", subnet, "instanceName", "web", "instanceCount", 2));

        assertThat(created.get("orderNumber").isTextual()).isTrue();
        assertThat(created.get("instanceIdSet")).hasSize(2);
        assertThat(created.get("instances").get(0).get("instanceId").asText())
                .isEqualTo(created.get("instanceIdSet").get(0).asText());
        InstanceInfo first = fleet.instance(created.get("instanceIdSet").get(0).asText());
        assertThat(first.instanceName()).isEqualTo("web-1");
        assertThat(first.status()).isEqualTo("RUNNING");
        assertThat(first.cpu()).isEqualTo(2);
        assertThat(first.subnetId()).isEqualTo(subnet);
        assertThat(first.securityGroupId()).isEqualTo(fleet.defaultGroup());
        assertThat(first.nics()).singleElement()
                .satisfies(nic -> assertThat(nic.nicType()).isEqualTo("Primary"));
        assertThat(first.privateIpAddresses()).containsExactly("10.1.1.2");
    }

    @Test
    void createZecInstancesWithAChargeTypeBindsANewEipToThePrimary() {
        String id = fleet.launch(Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.1", "subnetId",
                subnet, "internetChargeType", "ByBandwidth")).get("instanceIdSet").get(0).asText();

        InstanceInfo instance = fleet.instance(id);
        assertThat(instance.publicIpAddresses()).singleElement()
                .satisfies(ip -> assertThat(ip).startsWith("203.0.113."));
    }

    @Test
    void createZecInstancesIsAllOrNoneAndRefusesUnknownZoneSubnetOrType() {
        refusedWith(404, "INVALID_ZONE_NOT_FOUND", null, () -> fleet.launch("ab", "z2a.cpu.1",
                "mars-1a", subnet));
        refusedWith(404, "INVALID_SUBNET_NOT_FOUND", null, () -> fleet.launch("ab", "z2a.cpu.1",
                ZONE, "subnet-nope"));
        var type = refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.launch("ab",
                "z2a.cpu.3", ZONE, subnet));
        refusedWith(400, "INVALID_PARAMETER_EXCEED_MAXIMUM", null, () -> fleet.launch(Map.of(
                "zoneId", ZONE, "instanceType", "z2a.cpu.1", "subnetId", subnet,
                "instanceCount", 101)));
        refusedWith(409, "OPERATION_DENIED_NO_HOST_CAPACITY", RuleId.HOST_VF, () -> fleet.launch(
                Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.64", "subnetId", subnet,
                        "instanceCount", 3)));

        refusedWith(400, "INVALID_PARAMETER_VALUE", RuleId.IPV4_PRIMARY, () -> fleet.launch(
                Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.1", "subnetId", subnet,
                        "ipStackType", "IPv6")));

        assertThat(type.getMessage()).contains("instanceType");
        assertThat(fleet.count(ZecApi.DESCRIBE_INSTANCES)).isZero();
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isZero();
    }

    @Test
    void createZecInstancesRefusesASubnetOfAnotherRegion() {
        String vpc = fleet.vpc("eu", "10.2.0.0/16");
        String far = fleet.subnet(vpc, FAR_REGION, "eu-web", "10.2.1.0/24");

        var refusal = refusedWith(409, "INVALID_SUBNET_REGION_MISMATCH", RuleId.PRIMARY_CREATED,
                () -> fleet.launch("ab", "z2a.cpu.1", ZONE, far));

        assertThat(refusal.getMessage()).contains(FAR_REGION, REGION);
        assertThat(fleet.count(ZecApi.DESCRIBE_INSTANCES)).isZero();
    }

    @Test
    void describeInstancesPagesAndFiltersByIdsZoneStatusNameAndAddress() {
        String web = fleet.launch("web-1", "z2a.cpu.1", ZONE, subnet);
        fleet.launch("web-2", "z2a.cpu.1", ZONE, subnet);
        fleet.launch("db-1", "z2a.cpu.1", ApiScenario.ZONE_B, subnet);

        Page<InstanceInfo> page = fleet.page(ZecApi.DESCRIBE_INSTANCES,
                Map.of("pageSize", 2, "pageNum", 2), InstanceInfo.class);
        Page<InstanceInfo> fuzzy = fleet.page(ZecApi.DESCRIBE_INSTANCES,
                Map.of("name", "web", "zoneId", ZONE, "status", "RUNNING"), InstanceInfo.class);
        Page<InstanceInfo> byAddress = fleet.page(ZecApi.DESCRIBE_INSTANCES,
                Map.of("ipv4Address", "10.1.1.2"), InstanceInfo.class);
        Page<InstanceInfo> byIds = fleet.page(ZecApi.DESCRIBE_INSTANCES,
                Map.of("instanceIds", List.of(web, "i-nope")), InstanceInfo.class);

        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.dataSet()).hasSize(1);
        assertThat(fuzzy.totalCount()).isEqualTo(2);
        assertThat(byAddress.dataSet()).extracting(InstanceInfo::instanceId).containsExactly(web);
        assertThat(byIds.dataSet()).extracting(InstanceInfo::instanceId).containsExactly(web);
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.page(
                ZecApi.DESCRIBE_INSTANCES, Map.of("status", "FLYING"), InstanceInfo.class));
    }

    @Test
    void modifyInstanceTypeResizesAndResizesTheQueuesOfItsVnics() {
        String id = fleet.launch("web", "z2a.cpu.1", ZONE, subnet);

        fleet.zec().modifyInstanceType(new ModifyInstanceTypeRequest(id, "z2a.cpu.8")).execute();

        assertThat(fleet.instance(id).instanceType()).isEqualTo("z2a.cpu.8");
        assertThat(fleet.primaryOf(id).queueCount()).isEqualTo(4);
    }

    @Test
    void modifyInstanceTypeRefusesAnotherFamilyAndAnUnknownInstance() {
        String id = fleet.launch("web", "z2a.cpu.1", ZONE, subnet);

        var family = refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec()
                .modifyInstanceType(new ModifyInstanceTypeRequest(id, "z4i.cpu.2")).execute());
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null, () -> fleet.zec()
                .modifyInstanceType(new ModifyInstanceTypeRequest("i-nope", "z2a.cpu.2"))
                .execute());

        assertThat(family.getMessage()).contains("family");
        assertThat(fleet.instance(id).instanceType()).isEqualTo("z2a.cpu.1");
    }

    @Test
    void releaseInstancesFreesThePrimaryAndListsTheIdsThatFailed() {
        String id = fleet.launch("web", "z2a.cpu.1", ZONE, subnet);
        String primary = fleet.primaryOf(id).nicId();

        var failed = fleet.zec().releaseInstances(new ReleaseInstancesRequest(
                List.of(id, "i-nope"), null)).execute();

        assertThat(failed.instanceIds()).containsExactly("i-nope");
        assertThat(fleet.instance(id)).isNull();
        assertThat(fleet.nic(primary)).isNull();
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isZero();
        refusedWith(400, "MISSING_PARAMETER", null, () -> fleet.zec(ZecApi.RELEASE_INSTANCES,
                Map.of()));
    }

    @Test
    void startAndStopIpForwardSwitchTheInstanceAndTheCheckOfEveryVnic() {
        String id = fleet.launch("router", "z2a.cpu.4", ZONE, subnet);
        String leg = fleet.elasticNic("leg", subnet);
        fleet.attach(leg, id);

        fleet.zec().startIpForward(new StartIpForwardRequest(id)).execute();
        InstanceInfo forwarding = fleet.instance(id);
        fleet.zec().stopIpForward(new StopIpForwardRequest(id)).execute();
        InstanceInfo stopped = fleet.instance(id);

        assertThat(forwarding.enableIpForward()).isTrue();
        assertThat(forwarding.nics()).allSatisfy(n -> assertThat(n.sourceDestCheck()).isFalse());
        assertThat(stopped.enableIpForward()).isFalse();
        assertThat(stopped.nics()).allSatisfy(n -> assertThat(n.sourceDestCheck()).isTrue());
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null, () -> fleet.zec()
                .startIpForward(new StartIpForwardRequest("i-nope")).execute());
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null, () -> fleet.zec()
                .stopIpForward(new StopIpForwardRequest("i-nope")).execute());
    }
}
