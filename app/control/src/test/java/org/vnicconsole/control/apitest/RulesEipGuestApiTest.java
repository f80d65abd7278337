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
import org.vnicconsole.model.api.operator.GuestInterfaceInfo;
import org.vnicconsole.model.api.operator.PublicAddressInfo;
import org.vnicconsole.model.api.zec.ChangeEipBindTypeRequest;
import org.vnicconsole.model.api.zec.DeleteEipRequest;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.UnassignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * The EIP rules and the guest-side rules of RULES.md at the API: EIP-TO-PRIVATE-IP,
 * EIP-ONE-MODE, EIP-FOLLOWS and EIP-BYPASS-GUEST through the zec actions; IPV6-PUBLIC,
 * FAILOVER-TRIPLET, CONFIGURE-MASTER and PRIMARY-DEFAULT-ROUTE through NicInfo and the operator's
 * DescribeGuestPlan.
 */
class RulesEipGuestApiTest {

    private ApiScenario fleet;
    private String vpc;
    private String subnet;
    private String instance;
    private String nic;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        instance = fleet.launch("web-1", "z2a.cpu.4", ZONE, subnet);
        nic = fleet.elasticNic("leg", subnet);
        fleet.assign(nic, 2);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void eipToPrivateIpBindsOneEipPerPrivateIpAndRefusesASecond() {
        String first = fleet.eip(REGION);
        String second = fleet.eip(REGION);
        fleet.bind(first, nic, "10.1.1.3", "FullNat");

        var twice = refusedWith(409, "OPERATION_DENIED_PRIVATE_IP_HAS_EIP",
                RuleId.EIP_TO_PRIVATE_IP, () -> fleet.bind(second, nic, "10.1.1.3", "FullNat"));
        var both = refusedWith(409, "OPERATION_DENIED_PRIVATE_IP_HAS_EIP",
                RuleId.EIP_TO_PRIVATE_IP, () -> fleet.zec(ZecApi.ASSOCIATE_EIP_ADDRESS,
                        Map.of("eipIds", List.of(second, fleet.eip(REGION)), "nicId", nic,
                                "lanIp", "10.1.1.4")));
        var notHeld = refusedWith(400, "INVALID_PARAMETER_VALUE", RuleId.EIP_TO_PRIVATE_IP,
                () -> fleet.bind(second, nic, "10.1.1.9", "FullNat"));
        fleet.bind(second, nic, "10.1.1.4", "FullNat");

        assertThat(twice.getMessage()).contains("10.1.1.3", first);
        assertThat(both.getMessage()).contains("2 EIPs");
        assertThat(notHeld.getMessage()).contains("10.1.1.9");
        assertThat(fleet.eipInfo(second).privateIpAddress()).isEqualTo("10.1.1.4");
    }

    @Test
    void anAddressWithAnEipCannotBeUnassignedUntilTheEipIsUnbound() {
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, "10.1.1.4", "FullNat");

        var refusal = refusedWith(409, "INVALID_NIC_HAS_PUBLIC_IP_CANT_DETACH",
                RuleId.EIP_TO_PRIVATE_IP, () -> fleet.zec().unassignNetworkInterfaceIpv4(
                        new UnassignNetworkInterfaceIpv4Request(nic, List.of("10.1.1.4"), null))
                        .execute());

        assertThat(refusal.getMessage()).contains(eip);
        assertThat(fleet.nic(nic).secondaryIpv4s()).contains("10.1.1.4");
    }

    @Test
    void eipOneModeRefusesMixingModesOnOneVnicByBindOrByChange() {
        String standard = fleet.eip(REGION);
        String other = fleet.eip(REGION);
        fleet.bind(standard, nic, "10.1.1.3", "FullNat");

        var bind = refusedWith(409, "OPERATION_DENIED_EIP_BIND_TYPE_MIXED", RuleId.EIP_ONE_MODE,
                () -> fleet.bind(other, nic, "10.1.1.4", "Passthrough"));
        fleet.bind(other, nic, "10.1.1.4", "FullNat");
        var change = refusedWith(409, "OPERATION_DENIED_EIP_BIND_TYPE_MIXED", RuleId.EIP_ONE_MODE,
                () -> fleet.zec().changeEipBindType(new ChangeEipBindTypeRequest(other,
                        "Passthrough")).execute());

        assertThat(bind.getMessage()).contains(standard, "FullNat", "Passthrough");
        assertThat(change.getMessage()).contains(standard);
        assertThat(fleet.eipInfo(other).bindType()).isEqualTo("FullNat");
    }

    @Test
    void eipOneModeAllowsChangingTheOnlyEipOfAVnic() {
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, "10.1.1.3", "FullNat");

        fleet.zec().changeEipBindType(new ChangeEipBindTypeRequest(eip, "Passthrough"))
                .execute();

        assertThat(fleet.eipInfo(eip).bindType()).isEqualTo("Passthrough");
    }

    @Test
    void eipFollowsAnElasticVnicThroughDetachAndReattach() {
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, "10.1.1.4", "FullNat");
        String second = fleet.launch("web-2", "z2a.cpu.4", ZONE, subnet);
        fleet.attach(nic, instance);
        String firstOwner = fleet.eipInfo(eip).instanceId();

        fleet.detach(nic);
        fleet.attach(nic, second);

        assertThat(firstOwner).isEqualTo(instance);
        assertThat(fleet.eipInfo(eip).instanceId()).isEqualTo(second);
        assertThat(fleet.eipInfo(eip).privateIpAddress()).isEqualTo("10.1.1.4");
        assertThat(fleet.instance(second).publicIpAddresses())
                .containsExactlyElementsOf(fleet.eipInfo(eip).publicIpAddresses());
    }

    @Test
    void eipBypassGuestPutsABypassEipOnTheMasterAndAStandardOneNowhere() {
        String bypass = fleet.eip(REGION);
        String standard = fleet.eip(REGION);
        fleet.bind(bypass, nic, "10.1.1.3", "Passthrough");
        fleet.bind(standard, fleet.primaryOf(instance).nicId(), "10.1.1.2", "FullNat");
        fleet.attach(nic, instance);
        String bypassIp = fleet.eipInfo(bypass).publicIpAddresses().get(0);
        String standardIp = fleet.eipInfo(standard).publicIpAddresses().get(0);

        List<GuestInterfaceInfo> plan = guestPlan();

        assertThat(plan.get(1).masterAddresses()).contains(bypassIp + "/32");
        assertThat(plan.get(1).publicAddresses())
                .containsExactly(new PublicAddressInfo(bypassIp, "ON_MASTER"));
        assertThat(plan.get(0).masterAddresses()).noneMatch(a -> a.startsWith(standardIp));
        assertThat(plan.get(0).publicAddresses())
                .containsExactly(new PublicAddressInfo(standardIp, "TRANSLATED"));
    }

    @Test
    void eipBypassGuestRequiresUnbindingBeforeRelease() {
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, "10.1.1.3", "Passthrough");

        var refusal = refusedWith(409, "OPERATION_DENIED_EIP_ASSIGNED", RuleId.EIP_BYPASS_GUEST,
                () -> fleet.zec().deleteEip(new DeleteEipRequest(eip)).execute());
        fleet.zec(ZecApi.UNASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(eip)));
        fleet.zec().deleteEip(new DeleteEipRequest(eip)).execute();

        assertThat(refusal.getMessage()).contains("unbind it");
        assertThat(fleet.eipInfo(eip)).isNull();
    }

    @Test
    void ipv6PublicReachesTheGuestDirectlyWithoutNat() {
        String pub = fleet.dualStackSubnet(vpc, REGION, "pub6", "10.1.5.0/24", "Public");
        String priv = fleet.dualStackSubnet(vpc, REGION, "priv6", "10.1.6.0/24", "Private");
        String launched = fleet.launch(Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.4",
                "subnetId", pub, "ipStackType", "IPv4_IPv6")).get("instanceIdSet").get(0)
                .asText();
        String privateLeg = fleet.zec(ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", "p6",
                "subnetId", priv, "nicStackType", "IPv4_IPv6")).get("nicId").asText();

        NicInfo primary = fleet.primaryOf(launched);
        NicInfo leg = fleet.nic(privateLeg);
        List<PublicAddressInfo> publics = fleet.operator().describeGuestPlan(launched).execute()
                .interfaces().get(0).publicAddresses();

        assertThat(primary.publicIpList()).containsExactly(primary.primaryIpv6());
        assertThat(publics).containsExactly(
                new PublicAddressInfo(primary.primaryIpv6(), "DIRECT_NO_NAT"));
        assertThat(leg.publicIpList()).isEmpty();
        assertThat(leg.privateIpList()).contains(leg.primaryIpv6());
    }

    @Test
    void failoverTripletShowsMasterVfAndStandbySharingTheVnicsMac() {
        fleet.attach(nic, instance);

        List<GuestInterfaceInfo> plan = guestPlan();

        assertThat(plan).hasSize(2);
        for (GuestInterfaceInfo device : plan) {
            NicInfo wire = fleet.nic(device.nicId());
            assertThat(device.macAddress()).isEqualTo(wire.macAddress());
            assertThat(device.master()).isEqualTo("eth" + device.deviceIndex());
            assertThat(device.standby()).isEqualTo(device.master() + "nsby");
            assertThat(device.vf()).startsWith("enp");
        }
    }

    @Test
    void configureMasterPutsEveryAddressAndRouteOnTheMasterOnly() {
        fleet.attach(nic, instance);

        GuestInterfaceInfo leg = guestPlan().get(1);

        assertThat(leg.masterAddresses())
                .containsExactly("10.1.1.3/24", "10.1.1.4/24", "10.1.1.5/24");
        assertThat(leg.masterRoutes()).allSatisfy(route -> assertThat(route)
                .endsWith("dev " + leg.master()).doesNotContain(leg.vf(), leg.standby()));
    }

    @Test
    void primaryDefaultRouteIsOnThePrimaryAndNotOnAnElasticVnic() {
        fleet.attach(nic, instance);

        List<GuestInterfaceInfo> plan = guestPlan();

        assertThat(plan.get(0).nicId()).isEqualTo(fleet.primaryOf(instance).nicId());
        assertThat(plan.get(0).masterRoutes()).contains("default via 10.1.1.1 dev eth0");
        assertThat(plan.get(1).masterRoutes()).noneMatch(route -> route.startsWith("default"));
    }

    private List<GuestInterfaceInfo> guestPlan() {
        return fleet.operator().describeGuestPlan(instance).execute().interfaces();
    }
}
