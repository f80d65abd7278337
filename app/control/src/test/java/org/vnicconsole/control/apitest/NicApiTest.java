package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.DeleteNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.ModifyNetworkInterfaceAttributeRequest;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * CreateNetworkInterface, DeleteNetworkInterface, AttachNetworkInterface,
 * DetachNetworkInterface, ModifyNetworkInterfaceAttribute and DescribeNetworkInterfaces.
 */
class NicApiTest {

    private ApiScenario fleet;
    private String subnet;
    private String instance;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        instance = fleet.launch("web-1", "z2a.cpu.16", ZONE, subnet);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void createNetworkInterfaceMakesAnAvailableSecondaryVnicWithPlatformIdentity() {
        JsonNode created = fleet.zec(ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", "spare_1",
                "subnetId", subnet, "primaryIpv4", "10.1.1.50"));

        NicInfo nic = fleet.nic(created.get("nicId").asText());
        assertThat(nic.status()).isEqualTo("AVAILABLE");
        assertThat(nic.nicType()).isEqualTo("Secondary");
        assertThat(nic.primaryIpv4()).isEqualTo("10.1.1.50");
        assertThat(nic.macAddress()).matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
        assertThat(nic.securityGroupId()).isEqualTo(fleet.defaultGroup());
        assertThat(nic.sourceDestCheck()).isTrue();
        assertThat(nic.instanceId()).isNull();
        assertThat(nic.hostId()).isNull();
    }

    @Test
    void createNetworkInterfaceRefusesABadNameAnUnknownSubnetOrGroupAndIpv6Only() {
        var name = refusedWith(400, "INVALID_PARAMETER_PATTERN_ERROR", null, () -> fleet.zec(
                ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", "-bad-", "subnetId", subnet)));
        refusedWith(404, "INVALID_SUBNET_NOT_FOUND", null, () -> fleet.elasticNic("spare",
                "subnet-nope"));
        refusedWith(404, "INVALID_SECURITY_GROUP_NOT_FOUND", null, () -> fleet.zec(
                ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", "spare", "subnetId", subnet,
                        "securityGroupId", "sg-nope")));
        refusedWith(400, "INVALID_PARAMETER_VALUE", RuleId.IPV4_PRIMARY, () -> fleet.zec(
                ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", "spare", "subnetId", subnet,
                        "nicStackType", "IPv6")));

        assertThat(name.getMessage()).contains("name");
        assertThat(fleet.count(ZecApi.DESCRIBE_NETWORK_INTERFACES)).isEqualTo(1);
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(1);
    }

    @Test
    void attachAndDetachMoveAVnicOnAndOffAnInstanceWithAVfWhileAttached() {
        String nic = fleet.elasticNic("leg", subnet);

        fleet.attach(nic, instance);
        NicInfo attached = fleet.nic(nic);
        fleet.detach(nic);
        NicInfo detached = fleet.nic(nic);

        assertThat(attached.status()).isEqualTo("USED");
        assertThat(attached.instanceId()).isEqualTo(instance);
        assertThat(attached.vfPciAddress()).isNotNull();
        assertThat(attached.queueCount()).isEqualTo(8);
        assertThat(detached.status()).isEqualTo("AVAILABLE");
        assertThat(detached.vfPciAddress()).isNull();
        assertThat(fleet.instance(instance).nics()).hasSize(1);
    }

    @Test
    void attachAndDetachRefuseUnknownIdsAndDetachRefusesAFreeVnic() {
        String nic = fleet.elasticNic("leg", subnet);

        refusedWith(404, "INVALID_NIC_NOT_FOUND", null, () -> fleet.attach("nic-nope", instance));
        refusedWith(404, "INVALID_INSTANCE_NOT_FOUND", null, () -> fleet.attach(nic, "i-nope"));
        refusedWith(409, "OPERATION_DENIED_NIC_NOT_EXIST_INSTANCE", null, () -> fleet.detach(nic));
        refusedWith(404, "INVALID_NIC_NOT_FOUND", null, () -> fleet.detach("nic-nope"));

        assertThat(fleet.nic(nic).status()).isEqualTo("AVAILABLE");
    }

    @Test
    void deleteNetworkInterfaceRemovesAFreeVnicAndFreesItsAddress() {
        String nic = fleet.elasticNic("leg", subnet);

        fleet.zec().deleteNetworkInterface(new DeleteNetworkInterfaceRequest(nic)).execute();

        assertThat(fleet.nic(nic)).isNull();
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(1);
        refusedWith(404, "INVALID_NIC_NOT_FOUND", null, () -> fleet.zec()
                .deleteNetworkInterface(new DeleteNetworkInterfaceRequest(nic)).execute());
    }

    @Test
    void modifyNetworkInterfaceAttributeRenamesRegroupsAndSetsCheckAndRate() {
        String nic = fleet.elasticNic("leg", subnet);
        fleet.attach(nic, instance);
        String group = fleet.zec(ZecApi.CREATE_SECURITY_GROUP,
                Map.of("securityGroupName", "dmz")).get("securityGroupId").asText();

        fleet.zec().modifyNetworkInterfaceAttribute(
                new ModifyNetworkInterfaceAttributeRequest(nic, "dmz_leg", group)).execute();
        fleet.zec(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                "sourceDestCheck", false, "rateLimitMbps", 500));

        NicInfo changed = fleet.nic(nic);
        assertThat(changed.name()).isEqualTo("dmz_leg");
        assertThat(changed.securityGroupId()).isEqualTo(group);
        assertThat(changed.sourceDestCheck()).isFalse();
        assertThat(changed.rateLimitMbps()).isEqualTo(500);
    }

    @Test
    void modifyNetworkInterfaceAttributeRefusesBadValuesAndChangesNothing() {
        String nic = fleet.elasticNic("leg", subnet);

        refusedWith(404, "INVALID_SECURITY_GROUP_NOT_FOUND", null, () -> fleet.zec(
                ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic, "name", "other",
                        "securityGroupId", "sg-nope")));
        refusedWith(400, "INVALID_PARAMETER_EXCEED_MAXIMUM", null, () -> fleet.zec(
                ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                        "rateLimitMbps", 400_001)));
        refusedWith(400, "INVALID_PARAMETER_TYPE", null, () -> fleet.zec(
                ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic,
                        "sourceDestCheck", "no")));

        NicInfo unchanged = fleet.nic(nic);
        assertThat(unchanged.name()).isEqualTo("leg");
        assertThat(unchanged.securityGroupId()).isEqualTo(fleet.defaultGroup());
        assertThat(unchanged.rateLimitMbps()).isNull();
    }

    @Test
    void describeNetworkInterfacesPagesAndFiltersByTypeStatusSubnetInstanceAndName() {
        String spare = fleet.elasticNic("spare-a", subnet);
        String leg = fleet.elasticNic("leg-b", subnet);
        fleet.attach(leg, instance);

        Page<NicInfo> ofInstance = fleet.page(ZecApi.DESCRIBE_NETWORK_INTERFACES,
                Map.of("instanceId", instance, "nicType", "Secondary"), NicInfo.class);
        Page<NicInfo> free = fleet.page(ZecApi.DESCRIBE_NETWORK_INTERFACES,
                Map.of("status", "AVAILABLE", "subnetId", subnet, "regionId", REGION),
                NicInfo.class);
        Page<NicInfo> fuzzy = fleet.page(ZecApi.DESCRIBE_NETWORK_INTERFACES,
                Map.of("name", "spare"), NicInfo.class);
        Page<NicInfo> paged = fleet.page(ZecApi.DESCRIBE_NETWORK_INTERFACES,
                Map.of("pageSize", 2, "pageNum", 2), NicInfo.class);
        Page<NicInfo> byIds = fleet.page(ZecApi.DESCRIBE_NETWORK_INTERFACES,
                Map.of("nicIds", List.of(spare, leg)), NicInfo.class);

        assertThat(ofInstance.dataSet()).extracting(NicInfo::nicId).containsExactly(leg);
        assertThat(free.dataSet()).extracting(NicInfo::nicId).containsExactly(spare);
        assertThat(fuzzy.dataSet()).extracting(NicInfo::nicId).containsExactly(spare);
        assertThat(paged.totalCount()).isEqualTo(3);
        assertThat(paged.dataSet()).hasSize(1);
        assertThat(byIds.totalCount()).isEqualTo(2);
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.page(
                ZecApi.DESCRIBE_NETWORK_INTERFACES, Map.of("nicType", "Tertiary"), NicInfo.class));
    }
}
