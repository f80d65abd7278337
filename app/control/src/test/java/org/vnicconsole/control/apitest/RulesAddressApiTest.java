package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
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
 * The address rules of RULES.md at the API (IPV4-PRIMARY, IPV4-SECONDARY, IPV4-RESERVED,
 * IPV6-ONE, IPV6-DEFAULT, IPV6-ONE-WAY, MAC-UNIQUE) and the subnet usage count decided for the
 * API. A /28 subnet keeps the numbers small: 13 assignable addresses.
 */
class RulesAddressApiTest {

    private ApiScenario fleet;
    private String subnet;
    private String dual;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "tiny", "10.1.1.0/28");
        dual = fleet.dualStackSubnet(vpc, REGION, "v6", "10.1.2.0/24", "Private");
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void ipv4PrimaryIsTheAskedAddressWhenInsideAndFreeAndIsRefusedOtherwise() {
        String asked = elastic("asked", "10.1.1.9");

        var outside = refusedWith(400, "INVALID_IP_OUT_OF_RANGE", RuleId.IPV4_PRIMARY,
                () -> elastic("outside", "10.1.1.99"));
        var taken = refusedWith(409, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED", RuleId.IPV4_RESERVED,
                () -> elastic("taken", "10.1.1.9"));
        refusedWith(409, "INVALID_NIC_PRIMARY_IP_CANT_DETACH", RuleId.IPV4_PRIMARY,
                () -> fleet.zec().unassignNetworkInterfaceIpv4(
                        new UnassignNetworkInterfaceIpv4Request(asked, List.of("10.1.1.9"), null))
                        .execute());

        assertThat(fleet.nic(asked).primaryIpv4()).isEqualTo("10.1.1.9");
        assertThat(outside.getMessage()).contains("10.1.1.99", "10.1.1.0/28");
        assertThat(taken.getMessage()).contains(asked);
        assertThat(fleet.count(ZecApi.DESCRIBE_NETWORK_INTERFACES)).isEqualTo(1);
    }

    @Test
    void ipv4SecondaryByCountTakesTheLowestFreeAndByAddressMustBeInside() {
        String nic = fleet.elasticNic("leg", subnet);

        List<String> counted = fleet.assign(nic, 2);
        var outside = refusedWith(400, "INVALID_IP_OUT_OF_RANGE", RuleId.IPV4_SECONDARY,
                () -> fleet.zec().assignNetworkInterfaceIpv4(
                        new AssignNetworkInterfaceIpv4Request(nic, "10.1.2.5")).execute());

        assertThat(counted).containsExactly("10.1.1.3", "10.1.1.4");
        assertThat(outside.getMessage()).contains("10.1.2.5");
        assertThat(fleet.nic(nic).secondaryIpv4s()).containsExactly("10.1.1.3", "10.1.1.4");
    }

    @Test
    void askingForMoreAddressesThanTheSubnetHasFreeIsRefusedWholeWithTheNumbers() {
        String nic = fleet.elasticNic("leg", subnet);

        var refusal = refusedWith(409, "INVALID_SUBNET_IP_INSUFFICIENT", RuleId.IPV4_SECONDARY,
                () -> fleet.assign(nic, 13));
        fleet.assign(nic, 12);

        assertThat(refusal.getMessage()).contains("12 free addresses", "13 were asked for");
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(13);
    }

    @Test
    void ipv4ReservedNeverAssignsTheNetworkGatewayOrBroadcastAddress() {
        String nic = fleet.elasticNic("leg", subnet);

        var network = refusedWith(400, "INVALID_IP_NETWORK_ADDRESS", RuleId.IPV4_RESERVED,
                () -> assignOne(nic, "10.1.1.0"));
        var gateway = refusedWith(400, "INVALID_IP_FIRST_ADDRESS", RuleId.IPV4_RESERVED,
                () -> assignOne(nic, "10.1.1.1"));
        var broadcast = refusedWith(400, "INVALID_IP_BROADCAST_ADDRESS", RuleId.IPV4_RESERVED,
                () -> assignOne(nic, "10.1.1.15"));
        assignOne(nic, "10.1.1.14");

        assertThat(network.getMessage()).contains("network address");
        assertThat(gateway.getMessage()).contains("gateway");
        assertThat(broadcast.getMessage()).contains("broadcast");
        assertThat(fleet.nic(nic).primaryIpv4()).isEqualTo("10.1.1.2");
        assertThat(fleet.nic(nic).secondaryIpv4s()).containsExactly("10.1.1.14");
    }

    @Test
    void ipv4ReservedNeverLetsTwoVnicsHoldOneAddress() {
        String first = fleet.elasticNic("first", subnet);
        String second = fleet.elasticNic("second", subnet);
        assignOne(first, "10.1.1.7");

        var refusal = refusedWith(409, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED",
                RuleId.IPV4_RESERVED, () -> fleet.zec(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4,
                        Map.of("nicId", second, "ipAddresses", List.of("10.1.1.8", "10.1.1.7"))));

        assertThat(refusal.getMessage()).contains("10.1.1.7", first);
        assertThat(fleet.nic(second).secondaryIpv4s()).isEmpty();
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(3);
    }

    @Test
    void ipv6OneAllowsOneAddressOnlyAndOnlyInASubnetWithIpv6() {
        String nic = fleet.elasticNic("leg", dual);
        String v4only = fleet.elasticNic("v4", subnet);

        fleet.zec().assignNetworkInterfaceIpv6(ipv6(nic)).execute();
        var second = refusedWith(400, "OPERATION_DENIED_NIC_EXIST_IPV6", RuleId.IPV6_ONE,
                () -> fleet.zec().assignNetworkInterfaceIpv6(ipv6(nic)).execute());
        var none = refusedWith(400, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", RuleId.IPV6_ONE,
                () -> fleet.zec().assignNetworkInterfaceIpv6(ipv6(v4only)).execute());

        assertThat(second.getMessage()).contains(fleet.nic(nic).primaryIpv6());
        assertThat(none.getMessage()).contains(subnet);
        assertThat(fleet.nic(v4only).primaryIpv6()).isNull();
    }

    @Test
    void ipv6DefaultGivesEachVnicItsOwnSlash96AndTheFirstAddressOfIt() throws Exception {
        String prefix = fleet.subnetInfo(dual).ipv6CidrBlock();
        List<NicInfo> nics = new ArrayList<>();
        for (String name : List.of("one", "two", "three")) {
            String id = fleet.zec(ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", name,
                    "subnetId", dual, "nicStackType", "IPv4_IPv6")).get("nicId").asText();
            nics.add(fleet.nic(id));
        }

        assertThat(nics).extracting(NicInfo::ipv6Cidr).doesNotHaveDuplicates()
                .allSatisfy(cidr -> assertThat(cidr).endsWith("/96"));
        for (NicInfo nic : nics) {
            assertThat(address(nic.primaryIpv6())).isEqualTo(address(nic.ipv6Cidr()));
            assertThat(address(nic.primaryIpv6())).isNotEqualTo(address(prefix));
        }
    }

    @Test
    void ipv6OneWayRefusesTurningIpv6OffAndAdvisesReplacingTheVnic() {
        String nic = fleet.zec(ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", "leg",
                "subnetId", dual, "nicStackType", "IPv4_IPv6")).get("nicId").asText();
        String before = fleet.nic(nic).primaryIpv6();

        var refusal = refusedWith(400, "OPERATION_DENIED_IPV6_ONE_WAY", RuleId.IPV6_ONE_WAY,
                () -> fleet.zec().unassignNetworkInterfaceIpv6(
                        new UnassignNetworkInterfaceIpv6Request(nic)).execute());

        assertThat(refusal.getMessage()).contains(nic, "replace the vNIC");
        assertThat(fleet.nic(nic).primaryIpv6()).isEqualTo(before);
        assertThat(fleet.nic(nic).nicSubnetType()).isEqualTo("IPv4_IPv6");
    }

    @Test
    void macUniqueGivesEveryVnicADistinctLocallyAdministeredUnicastMac() {
        String deleted = fleet.elasticNic("gone", dual);
        String deletedMac = fleet.nic(deleted).macAddress();
        fleet.zec(ZecApi.DELETE_NETWORK_INTERFACE, Map.of("nicId", deleted));
        for (int n = 0; n < 12; n++) {
            fleet.elasticNic("nic-" + n, dual);
        }

        List<String> macs = fleet.page(ZecApi.DESCRIBE_NETWORK_INTERFACES, Map.of("pageSize", 100),
                NicInfo.class).dataSet().stream().map(NicInfo::macAddress).toList();

        assertThat(macs).hasSize(12).doesNotHaveDuplicates().doesNotContain(deletedMac);
        assertThat(macs).allSatisfy(mac -> {
            int first = Integer.parseInt(mac.substring(0, 2), 16);
            assertThat(first & 0x02).as("locally administered " + mac).isEqualTo(2);
            assertThat(first & 0x01).as("unicast " + mac).isZero();
        });
    }

    @Test
    void aRefusedCallNeverChangesTheSubnetUsageCount() {
        String nic = fleet.elasticNic("leg", subnet);
        fleet.assign(nic, 3);

        refusedWith(409, "INVALID_SUBNET_IP_INSUFFICIENT", RuleId.IPV4_SECONDARY,
                () -> fleet.assign(nic, 10));
        refusedWith(400, "INVALID_IP_BROADCAST_ADDRESS", RuleId.IPV4_RESERVED,
                () -> fleet.zec(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, Map.of("nicId", nic,
                        "ipAddresses", List.of("10.1.1.10", "10.1.1.15"))));

        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(4);
    }

    private String elastic(String name, String primary) {
        return fleet.zec(ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", name, "subnetId",
                subnet, "primaryIpv4", primary)).get("nicId").asText();
    }

    private void assignOne(String nicId, String address) {
        fleet.zec().assignNetworkInterfaceIpv4(new AssignNetworkInterfaceIpv4Request(nicId,
                address)).execute();
    }

    private static AssignNetworkInterfaceIpv6Request ipv6(String nicId) {
        return new AssignNetworkInterfaceIpv6Request(nicId, null, null, null, null, null);
    }

    private static InetAddress address(String text) throws UnknownHostException {
        return InetAddress.getByName(text.split("/")[0]);
    }
}
