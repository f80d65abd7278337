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
import org.vnicconsole.model.api.zec.ChangeEipBindTypeRequest;
import org.vnicconsole.model.api.zec.DeleteEipRequest;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.UnassociateEipAddressRequest;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * CreateEips, DescribeEips, AssociateEipAddress, UnassociateEipAddress, ChangeEipBindType,
 * AvailableLanIp and DeleteEip over HTTP.
 */
class EipApiTest {

    private ApiScenario fleet;
    private String instance;
    private String nic;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        instance = fleet.launch("web-1", "z2a.cpu.4", ZONE, subnet);
        nic = fleet.elasticNic("leg", subnet);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void createEipsAnswersIdsAndAnOrderAndTheEipsAreUnboundInTheRegionPool() {
        JsonNode created = fleet.zec(ZecApi.CREATE_EIPS, Map.of("regionId", REGION, "name",
                "pub", "internetChargeType", "ByBandwidth", "amount", 3));

        assertThat(created.get("orderNumber").isTextual()).isTrue();
        assertThat(created.get("eipIds")).hasSize(3);
        EipInfo eip = fleet.eipInfo(created.get("eipIds").get(0).asText());
        assertThat(eip.status()).isEqualTo("UNBIND");
        assertThat(eip.regionId()).isEqualTo(REGION);
        assertThat(eip.publicIpAddresses()).singleElement()
                .satisfies(ip -> assertThat(ip).startsWith("203.0.113."));
        assertThat(eip.nicId()).isNull();
    }

    @Test
    void createEipsWithInstanceIdsBindsEachToThePrimaryAddress() {
        JsonNode created = fleet.zec(ZecApi.CREATE_EIPS, Map.of("regionId", REGION, "name",
                "pub", "internetChargeType", "ByBandwidth", "instanceIds", List.of(instance),
                "bindType", "Passthrough"));

        EipInfo eip = fleet.eipInfo(created.get("eipIds").get(0).asText());
        assertThat(eip.status()).isEqualTo("BINDED");
        assertThat(eip.instanceId()).isEqualTo(instance);
        assertThat(eip.privateIpAddress()).isEqualTo(fleet.primaryOf(instance).primaryIpv4());
        assertThat(eip.bindType()).isEqualTo("Passthrough");
    }

    @Test
    void createEipsRefusesBadInputAndAnEmptyPoolAndCreatesNothing() {
        refusedWith(404, "INVALID_REGION_NOT_FOUND", null, () -> fleet.eip("mars-1"));
        refusedWith(400, "MISSING_PARAMETER", null, () -> fleet.zec(ZecApi.CREATE_EIPS,
                Map.of("regionId", REGION, "name", "pub")));
        refusedWith(400, "INVALID_PARAMETER_EXCEED_MAXIMUM", null, () -> fleet.zec(
                ZecApi.CREATE_EIPS, Map.of("regionId", REGION, "name", "pub",
                        "internetChargeType", "ByBandwidth", "amount", 101)));
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec(ZecApi.CREATE_EIPS,
                Map.of("regionId", REGION, "name", "pub", "internetChargeType", "ByBandwidth",
                        "amount", 2, "instanceIds", List.of(instance))));
        var empty = refusedWith(409, "OPERATION_DENIED_EIP_POOL_EMPTY", null, () -> fleet.zec(
                ZecApi.CREATE_EIPS, Map.of("regionId", FAR_REGION, "name", "pub",
                        "internetChargeType", "ByBandwidth", "amount", 20)));

        assertThat(empty.getMessage()).contains("20 were asked for");
        assertThat(fleet.count(ZecApi.DESCRIBE_EIPS)).isZero();
    }

    @Test
    void createEipsThatCannotBindToEveryInstanceIsRefusedAndCreatesNoEip() {
        Map<String, Object> body = Map.of("regionId", REGION, "name", "pub",
                "internetChargeType", "ByBandwidth", "instanceIds", List.of(instance));
        fleet.zec(ZecApi.CREATE_EIPS, body);

        refusedWith(409, "OPERATION_DENIED_PRIVATE_IP_HAS_EIP", RuleId.EIP_TO_PRIVATE_IP,
                () -> fleet.zec(ZecApi.CREATE_EIPS, body));
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null, () -> fleet.zec(ZecApi.CREATE_EIPS,
                Map.of("regionId", REGION, "name", "pub", "internetChargeType", "ByBandwidth",
                        "instanceIds", List.of("i-nope"))));

        assertThat(fleet.count(ZecApi.DESCRIBE_EIPS)).isEqualTo(1);
    }

    @Test
    void associateEipAddressBindsToTheVnicsPrimaryAddressWhenNoLanIpIsGiven() {
        String eip = fleet.eip(REGION);

        JsonNode answer = fleet.zec(ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(eip),
                "nicId", nic));

        assertThat(answer.get("failedEipIds")).isEmpty();
        EipInfo bound = fleet.eipInfo(eip);
        assertThat(bound.status()).isEqualTo("BINDED");
        assertThat(bound.nicId()).isEqualTo(nic);
        assertThat(bound.privateIpAddress()).isEqualTo(fleet.nic(nic).primaryIpv4());
        assertThat(bound.bindType()).isEqualTo("FullNat");
        assertThat(fleet.nic(nic).publicIpList()).containsExactly(bound.publicIpAddresses().get(0));
    }

    @Test
    void associateEipAddressRefusesOtherTargetsBoundEipsOtherRegionsAndUnknownIds() {
        String eip = fleet.eip(REGION);
        String far = fleet.eip(FAR_REGION);
        fleet.bind(eip, nic, fleet.nic(nic).primaryIpv4(), "FullNat");
        String primary = fleet.primaryOf(instance).nicId();

        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec(
                ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(far), "natId", "nat-1")));
        refusedWith(409, "OPERATION_DENIED_EIP_ASSIGNED", null, () -> fleet.zec(
                ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(eip), "nicId", primary)));
        refusedWith(409, "INVALID_EIP_REGION_MISMATCH", null, () -> fleet.zec(
                ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(far), "nicId", primary)));
        refusedWith(404, "INVALID_EIP_NOT_FOUND", null, () -> fleet.zec(
                ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of("eip-no"), "nicId", nic)));
        refusedWith(404, "INVALID_NIC_NOT_FOUND", null, () -> fleet.zec(
                ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(far), "nicId", "nic-no")));

        assertThat(fleet.eipInfo(far).status()).isEqualTo("UNBIND");
        assertThat(fleet.eipInfo(eip).nicId()).isEqualTo(nic);
    }

    @Test
    void unassociateEipAddressUnbindsAndAnUnboundEipIsNotAnError() {
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, fleet.nic(nic).primaryIpv4(), "FullNat");

        var first = fleet.zec().unassociateEipAddress(
                new UnassociateEipAddressRequest(List.of(eip))).execute();
        var again = fleet.zec().unassociateEipAddress(
                new UnassociateEipAddressRequest(List.of(eip))).execute();

        assertThat(first.failedEipIds()).isEmpty();
        assertThat(again.failedEipIds()).isEmpty();
        assertThat(fleet.eipInfo(eip).status()).isEqualTo("UNBIND");
        refusedWith(404, "INVALID_EIP_NOT_FOUND", null, () -> fleet.zec().unassociateEipAddress(
                new UnassociateEipAddressRequest(List.of(eip, "eip-no"))).execute());
    }

    @Test
    void changeEipBindTypeSwitchesABoundEipAndRefusesAnUnboundOne() {
        String bound = fleet.eip(REGION);
        String free = fleet.eip(REGION);
        fleet.bind(bound, nic, fleet.nic(nic).primaryIpv4(), "FullNat");

        fleet.zec().changeEipBindType(new ChangeEipBindTypeRequest(bound, "Passthrough"))
                .execute();
        var unbound = refusedWith(400, "OPERATION_DENIED_EIP_NOT_ASSIGNED", null, () -> fleet
                .zec().changeEipBindType(new ChangeEipBindTypeRequest(free, "Passthrough"))
                .execute());
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec().changeEipBindType(
                new ChangeEipBindTypeRequest(bound, "Tunnel")).execute());

        assertThat(unbound.getMessage()).contains(free);
        assertThat(fleet.eipInfo(bound).bindType()).isEqualTo("Passthrough");
        assertThat(fleet.eipInfo(free).bindType()).isEqualTo("FullNat");
    }

    @Test
    void availableLanIpListsTheFreeAddressesOfTheEipsRegion() {
        String eip = fleet.eip(REGION);
        String other = fleet.eip(REGION);
        fleet.bind(other, nic, fleet.nic(nic).primaryIpv4(), "FullNat");

        JsonNode answer = fleet.zec(ZecApi.AVAILABLE_LAN_IP, Map.of("eipId", eip));

        List<String> lanIps = answer.get("lanIps").findValuesAsText("lanIp");
        assertThat(lanIps).containsExactly(fleet.primaryOf(instance).primaryIpv4());
        assertThat(answer.get("lanIps").get(0).get("instanceId").asText()).isEqualTo(instance);
        assertThat(answer.get("lanIps").get(0).get("nicId").isTextual()).isTrue();
        refusedWith(404, "INVALID_EIP_NOT_FOUND", null,
                () -> fleet.zec(ZecApi.AVAILABLE_LAN_IP, Map.of("eipId", "eip-no")));
    }

    @Test
    void deleteEipReleasesAnUnboundEipAndRefusesABoundOne() {
        String free = fleet.eip(REGION);
        String bound = fleet.eip(REGION);
        fleet.bind(bound, nic, fleet.nic(nic).primaryIpv4(), "FullNat");

        fleet.zec().deleteEip(new DeleteEipRequest(free)).execute();
        refusedWith(409, "OPERATION_DENIED_EIP_ASSIGNED", RuleId.EIP_BYPASS_GUEST,
                () -> fleet.zec().deleteEip(new DeleteEipRequest(bound)).execute());

        assertThat(fleet.eipInfo(free)).isNull();
        assertThat(fleet.eipInfo(bound).status()).isEqualTo("BINDED");
    }

    @Test
    void describeEipsPagesAndFiltersByStatusInstanceAddressesAndName() {
        String onInstance = fleet.zec(ZecApi.CREATE_EIPS, Map.of("regionId", REGION, "name",
                "front", "internetChargeType", "ByBandwidth", "instanceIds", List.of(instance)))
                .get("eipIds").get(0).asText();
        fleet.eip(REGION);
        fleet.eip(FAR_REGION);
        String address = fleet.eipInfo(onInstance).publicIpAddresses().get(0);

        Page<EipInfo> bound = eips(Map.of("status", "BINDED", "instanceId", instance));
        Page<EipInfo> byAddress = eips(Map.of("ipAddress", address));
        Page<EipInfo> byList = eips(Map.of("ipAddresses", List.of(address, "192.0.2.1")));
        Page<EipInfo> byName = eips(Map.of("name", "fro", "regionId", REGION));
        Page<EipInfo> paged = eips(Map.of("pageSize", 2, "pageNum", 2));

        assertThat(bound.dataSet()).extracting(EipInfo::eipId).containsExactly(onInstance);
        assertThat(byAddress.dataSet()).extracting(EipInfo::eipId).containsExactly(onInstance);
        assertThat(byList.totalCount()).isEqualTo(1);
        assertThat(byName.dataSet()).extracting(EipInfo::eipId).containsExactly(onInstance);
        assertThat(paged.totalCount()).isEqualTo(3);
        assertThat(paged.dataSet()).hasSize(1);
    }

    private Page<EipInfo> eips(Map<String, ?> filters) {
        return fleet.page(ZecApi.DESCRIBE_EIPS, filters, EipInfo.class);
    }
}
