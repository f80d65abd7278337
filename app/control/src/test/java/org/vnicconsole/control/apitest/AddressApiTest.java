package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.AssignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.AssignNetworkInterfaceIpv6Request;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv6Request;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * AssignNetworkInterfaceIpv4, BatchAssignNetworkInterfaceIpv4, UnassignNetworkInterfaceIpv4,
 * AssignNetworkInterfaceIpv6 and UnassignNetworkInterfaceIpv6 over HTTP.
 */
class AddressApiTest {

    private ApiScenario fleet;
    private String subnet;
    private String dualStack;
    private String nic;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        dualStack = fleet.dualStackSubnet(vpc, REGION, "v6", "10.1.2.0/24", "Private");
        nic = fleet.elasticNic("leg", subnet);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void assignNetworkInterfaceIpv4AddsOneGivenSecondaryAddress() {
        fleet.zec().assignNetworkInterfaceIpv4(
                new AssignNetworkInterfaceIpv4Request(nic, "10.1.1.77")).execute();

        NicInfo after = fleet.nic(nic);
        assertThat(after.secondaryIpv4s()).containsExactly("10.1.1.77");
        assertThat(after.privateIpList()).containsExactly("10.1.1.2", "10.1.1.77");
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(2);
    }

    @Test
    void assignNetworkInterfaceIpv4RefusesAnAddressOutsideReservedOrTakenAndChangesNothing() {
        var outside = refusedWith(400, "INVALID_IP_OUT_OF_RANGE", RuleId.IPV4_SECONDARY,
                () -> assignOne("10.1.9.9"));
        refusedWith(400, "INVALID_IP_FIRST_ADDRESS", RuleId.IPV4_RESERVED,
                () -> assignOne("10.1.1.1"));
        refusedWith(409, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED", RuleId.IPV4_RESERVED,
                () -> assignOne("10.1.1.2"));
        refusedWith(400, "INVALID_PARAMETER_PATTERN_ERROR", null, () -> assignOne("10.1.1"));

        assertThat(outside.getMessage()).contains("10.1.9.9", "10.1.1.0/24");
        assertThat(fleet.nic(nic).secondaryIpv4s()).isEmpty();
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(1);
    }

    @Test
    void anAddressInShorthandOrOctalFormIsRefusedAsAPatternErrorNotReadAsAnother() {
        var octal = refusedWith(400, "INVALID_PARAMETER_PATTERN_ERROR", null,
                () -> assignOne("10.1.1.010"));
        refusedWith(400, "INVALID_PARAMETER_PATTERN_ERROR", null, () -> assignOne("167838209"));

        assertThat(octal.getMessage()).contains("10.1.1.010");
        assertThat(fleet.nic(nic).secondaryIpv4s()).isEmpty();
    }

    @Test
    void batchAssignNetworkInterfaceIpv4AnswersWhatWasAssignedByCountOrByAddress() {
        List<String> counted = fleet.assign(nic, 3);
        var listed = fleet.zec(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, Map.of("nicId", nic,
                "ipAddresses", List.of("10.1.1.100", "10.1.1.101"), "ipAddressCount", 9));

        assertThat(counted).containsExactly("10.1.1.3", "10.1.1.4", "10.1.1.5");
        assertThat(listed.get("ipAddresses")).extracting(n -> n.asText())
                .containsExactly("10.1.1.100", "10.1.1.101");
        assertThat(fleet.nic(nic).secondaryIpv4s()).hasSize(5);
    }

    @Test
    void batchAssignNetworkInterfaceIpv4IsAllOrNone() {
        refusedWith(400, "INVALID_IP_BROADCAST_ADDRESS", RuleId.IPV4_RESERVED, () -> fleet.zec(
                ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, Map.of("nicId", nic,
                        "ipAddresses", List.of("10.1.1.10", "10.1.1.255"))));
        refusedWith(400, "MISSING_PARAMETER", null, () -> fleet.zec(
                ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, Map.of("nicId", nic)));
        refusedWith(400, "INVALID_PARAMETER_LESS_MINIMUM", null, () -> fleet.assign(nic, 0));
        refusedWith(404, "INVALID_NIC_NOT_FOUND", null, () -> fleet.assign("nic-nope", 1));

        assertThat(fleet.nic(nic).secondaryIpv4s()).isEmpty();
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(1);
    }

    @Test
    void unassignNetworkInterfaceIpv4RemovesSecondariesButNeverThePrimary() {
        fleet.assign(nic, 2);

        fleet.zec().unassignNetworkInterfaceIpv4(new UnassignNetworkInterfaceIpv4Request(nic,
                List.of("10.1.1.3"), null)).execute();
        var primary = refusedWith(409, "INVALID_NIC_PRIMARY_IP_CANT_DETACH", RuleId.IPV4_PRIMARY,
                () -> fleet.zec().unassignNetworkInterfaceIpv4(
                        new UnassignNetworkInterfaceIpv4Request(nic, List.of("10.1.1.4",
                                "10.1.1.2"), null)).execute());
        refusedWith(404, "OPERATION_FAILED_RESOURCE_NOT_FOUND", null, () -> fleet.zec()
                .unassignNetworkInterfaceIpv4(new UnassignNetworkInterfaceIpv4Request(nic, null,
                        "10.1.1.99")).execute());

        assertThat(primary.getMessage()).contains("10.1.1.2");
        assertThat(fleet.nic(nic).secondaryIpv4s()).containsExactly("10.1.1.4");
    }

    @Test
    void assignNetworkInterfaceIpv6GivesOneAddressAndUnassignIsAlwaysRefused() {
        String v6 = fleet.elasticNic("v6-leg", dualStack);

        fleet.zec().assignNetworkInterfaceIpv6(ipv6(v6)).execute();
        NicInfo enabled = fleet.nic(v6);
        var again = refusedWith(400, "OPERATION_DENIED_NIC_EXIST_IPV6", RuleId.IPV6_ONE,
                () -> fleet.zec().assignNetworkInterfaceIpv6(ipv6(v6)).execute());
        var off = refusedWith(400, "OPERATION_DENIED_IPV6_ONE_WAY", RuleId.IPV6_ONE_WAY,
                () -> fleet.zec().unassignNetworkInterfaceIpv6(
                        new UnassignNetworkInterfaceIpv6Request(v6)).execute());

        assertThat(enabled.nicSubnetType()).isEqualTo("IPv4_IPv6");
        assertThat(enabled.primaryIpv6()).isNotNull();
        assertThat(enabled.ipv6Cidr()).endsWith("/96");
        assertThat(again.getMessage()).contains(enabled.primaryIpv6());
        assertThat(off.getMessage()).contains("replace");
        assertThat(fleet.nic(v6).primaryIpv6()).isEqualTo(enabled.primaryIpv6());
    }

    @Test
    void assignNetworkInterfaceIpv6InASubnetWithoutIpv6IsRefused() {
        refusedWith(400, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", RuleId.IPV6_ONE,
                () -> fleet.zec().assignNetworkInterfaceIpv6(ipv6(nic)).execute());

        assertThat(fleet.nic(nic).primaryIpv6()).isNull();
        assertThat(fleet.nic(nic).nicSubnetType()).isEqualTo("IPv4");
    }

    @Test
    void addressesOfAnAttachedVnicAreCappedByItsInstance() {
        String instance = fleet.launch("small", "z2a.cpu.1", ZONE, subnet);
        String primary = fleet.primaryOf(instance).nicId();

        fleet.assign(primary, 5);
        var refusal = refusedWith(403, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", RuleId.CAP_IPV4,
                () -> fleet.assign(primary, 1));

        assertThat(refusal.getMessage()).contains("holds 6", "allows 6");
        assertThat(fleet.nic(primary).privateIpList()).hasSize(6);
    }

    private void assignOne(String address) {
        fleet.zec().assignNetworkInterfaceIpv4(new AssignNetworkInterfaceIpv4Request(nic, address))
                .execute();
    }

    private static AssignNetworkInterfaceIpv6Request ipv6(String nicId) {
        return new AssignNetworkInterfaceIpv6Request(nicId, null, null, null, null, null);
    }
}
