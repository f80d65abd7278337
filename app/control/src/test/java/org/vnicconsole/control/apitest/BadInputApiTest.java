package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnicconsole.model.api.zec.ZecApi;

/**
 * Bad input at the API: each request below is refused with a 400 whose message names the field
 * at fault, and every Describe count and the subnet's usage count are the same afterwards.
 * Placeholders in the bodies ({@code $nic}, {@code $instance}, {@code $subnet}, {@code $vpc},
 * {@code $eip}) stand for real ids of a small fleet.
 */
class BadInputApiTest {

    private static ApiScenario fleet;
    private static Map<String, String> ids;

    @BeforeAll
    static void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        String instance = fleet.launch("web-1", "z2a.cpu.4", ZONE, subnet);
        ids = Map.of("$vpc", vpc, "$subnet", subnet, "$instance", instance,
                "$nic", fleet.elasticNic("leg", subnet), "$eip", fleet.eip(REGION));
    }

    @AfterAll
    static void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad(ZecApi.CREATE_VPC, "INVALID_PARAMETER_EXCEED_LENGTH", "name",
                        Map.of("name", "v".repeat(64), "cidrBlock", "10.2.0.0/16", "mtu", 1500)),
                bad(ZecApi.CREATE_VPC, "INVALID_PARAMETER_PATTERN_ERROR", "cidrBlock",
                        Map.of("name", "lab", "cidrBlock", "10.2.0.0/33", "mtu", 1500)),
                bad(ZecApi.CREATE_VPC, "INVALID_PARAMETER_TYPE", "mtu",
                        Map.of("name", "lab", "cidrBlock", "10.2.0.0/16", "mtu", 1500.5)),
                bad(ZecApi.CREATE_SUBNET, "MISSING_PARAMETER", "cidrBlock", Map.of("vpcId", "$vpc",
                        "name", "db", "regionId", REGION, "stackType", "IPv4")),
                bad(ZecApi.CREATE_SUBNET, "INVALID_PARAMETER_VALUE", "stackType", Map.of("vpcId",
                        "$vpc", "name", "db", "regionId", REGION, "stackType", "IPv5",
                        "cidrBlock", "10.1.2.0/24")),
                bad(ZecApi.CREATE_SUBNET, "MISSING_PARAMETER", "ipv6Type", Map.of("vpcId", "$vpc",
                        "name", "db", "regionId", REGION, "stackType", "IPv4_IPv6",
                        "cidrBlock", "10.1.2.0/24")),
                bad(ZecApi.CREATE_NETWORK_INTERFACE, "INVALID_PARAMETER_LESS_LENGTH", "name",
                        Map.of("name", "x", "subnetId", "$subnet")),
                bad(ZecApi.CREATE_NETWORK_INTERFACE, "INVALID_PARAMETER_PATTERN_ERROR",
                        "primaryIpv4", Map.of("name", "leg2", "subnetId", "$subnet",
                                "primaryIpv4", "10.1.1.x")),
                bad(ZecApi.CREATE_NETWORK_INTERFACE, "INVALID_PARAMETER_TYPE", "subnetId",
                        Map.of("name", "leg2", "subnetId", List.of("$subnet"))),
                bad(ZecApi.CREATE_ZEC_INSTANCES, "MISSING_PARAMETER", "imageId", Map.of("zoneId",
                        ZONE, "instanceType", "z2a.cpu.1", "subnetId", "$subnet")),
                bad(ZecApi.CREATE_ZEC_INSTANCES, "INVALID_PARAMETER_LESS_MINIMUM",
                        "instanceCount", Map.of("zoneId", ZONE, "imageId", ApiScenario.IMAGE,
                                "instanceType", "z2a.cpu.1", "subnetId", "$subnet",
                                "instanceCount", 0)),
                bad(ZecApi.CREATE_ZEC_INSTANCES, "INVALID_PARAMETER_PATTERN_ERROR",
                        "lanIp", Map.of("zoneId", ZONE, "imageId", ApiScenario.IMAGE,
                                "instanceType", "z2a.cpu.1", "subnetId", "$subnet",
                                "lanIp", "10.1.1")),
                bad(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, "INVALID_PARAMETER_EXCEED_MAXIMUM",
                        "ipAddressCount", Map.of("nicId", "$nic", "ipAddressCount", 101)),
                bad(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, "INVALID_PARAMETER_VALUE",
                        "ipAddresses", Map.of("nicId", "$nic",
                                "ipAddresses", List.of("10.1.1.9", "10.1.1.9"))),
                bad(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, "INVALID_PARAMETER_TYPE",
                        "ipAddressCount", Map.of("nicId", "$nic", "ipAddressCount", "3")),
                bad(ZecApi.UNASSIGN_NETWORK_INTERFACE_IPV4, "MISSING_PARAMETER", "ipAddresses",
                        Map.of("nicId", "$nic")),
                bad(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, "INVALID_PARAMETER_PATTERN_ERROR",
                        "name", Map.of("nicId", "$nic", "name", "bad name")),
                bad(ZecApi.ASSOCIATE_EIP_ADDRESS, "INVALID_PARAMETER_PATTERN_ERROR", "lanIp",
                        Map.of("eipIds", List.of("$eip"), "nicId", "$nic", "lanIp", "::1")),
                bad(ZecApi.ASSOCIATE_EIP_ADDRESS, "INVALID_PARAMETER_VALUE", "bindType",
                        Map.of("eipIds", List.of("$eip"), "nicId", "$nic", "bindType", "Nat")),
                bad(ZecApi.ASSOCIATE_EIP_ADDRESS, "MISSING_PARAMETER", "eipIds",
                        Map.of("nicId", "$nic")),
                bad(ZecApi.CHANGE_EIP_BIND_TYPE, "MISSING_PARAMETER", "bindType",
                        Map.of("eipId", "$eip")),
                bad(ZecApi.CREATE_EIPS, "INVALID_PARAMETER_LESS_MINIMUM", "amount",
                        Map.of("regionId", REGION, "name", "pub", "internetChargeType",
                                "ByBandwidth", "amount", -1)),
                bad(ZecApi.RELEASE_INSTANCES, "INVALID_PARAMETER_TYPE", "dependResource",
                        Map.of("instanceIds", List.of("$instance"), "dependResource", "yes")),
                bad(ZecApi.MODIFY_INSTANCE_TYPE, "INVALID_PARAMETER_VALUE", "instanceType",
                        Map.of("instanceId", "$instance", "instanceType", "z2a.cpu")),
                bad(ZecApi.DESCRIBE_NETWORK_INTERFACES, "INVALID_PARAMETER_TYPE", "pageSize",
                        Map.of("pageSize", 2.5)));
    }

    private static Arguments bad(String action, String code, String field, Map<String, ?> body) {
        return Arguments.of(action, code, field, body);
    }

    @ParameterizedTest(name = "{0} {2} -> {1}")
    @MethodSource("badRequests")
    void badInputIsRefusedNamingTheFieldAndChangesNothing(String action, String code,
            String field, Map<String, ?> body) {
        Map<String, Integer> before = counts();

        var refusal = ApiScenario.refusedWith(400, code, null,
                () -> fleet.zec(action, withIds(body)));

        assertThat(refusal.getMessage()).contains(field);
        assertThat(counts()).isEqualTo(before);
    }

    private static Map<String, Object> withIds(Map<String, ?> body) {
        Map<String, Object> real = new HashMap<>();
        body.forEach((key, value) -> real.put(key, real(value)));
        return real;
    }

    private static Object real(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(BadInputApiTest::real).toList();
        }
        return value instanceof String text && ids.containsKey(text) ? ids.get(text) : value;
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        for (String action : List.of(ZecApi.DESCRIBE_VPCS, ZecApi.DESCRIBE_SUBNETS,
                ZecApi.DESCRIBE_NETWORK_INTERFACES, ZecApi.DESCRIBE_INSTANCES,
                ZecApi.DESCRIBE_EIPS, ZecApi.DESCRIBE_SECURITY_GROUPS)) {
            counts.put(action, fleet.count(action));
        }
        counts.put("usageIpv4Count", fleet.subnetInfo(ids.get("$subnet")).usageIpv4Count());
        counts.put("secondaries", fleet.nic(ids.get("$nic")).privateIpList().size());
        counts.put("bound", fleet.eipInfo(ids.get("$eip")).nicId() == null ? 0 : 1);
        return counts;
    }
}
