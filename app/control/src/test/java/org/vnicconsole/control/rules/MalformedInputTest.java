package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnicconsole.control.rules.BadInputTest.Bad;
import org.vnicconsole.control.rules.BadInputTest.Call;
import org.vnicconsole.control.rules.BadInputTest.Known;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.Modify;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;

/**
 * Malformed values and requests that conflict with the current state, outside any one rule of
 * RULES.md: each is refused with a code, the field at fault and a message naming the value, and
 * changes nothing.
 */
class MalformedInputTest {

    private final SmallFleet fleet = new SmallFleet();
    private final Instance web = fleet.launch("web-1", "z2a.cpu.16");
    private final Known known = new Known(fleet, web, fleet.attachedElastic("leg", web.id()),
            fleet.newEip("eip"));

    @AfterEach
    void close() {
        fleet.close();
    }

    private static Bad bad(String label, Call call, String code, int status, String field,
            String mention) {
        return new Bad(label, call, code, status, field, mention);
    }

    private static Launch launch(String type, String image) {
        return new Launch("web-2", type, SmallFleet.HKG_A, null, image, null, null, false, false,
                null);
    }

    static Stream<Bad> malformedValues() {
        String pattern = "INVALID_PARAMETER_PATTERN_ERROR";
        String value = "INVALID_PARAMETER_VALUE";
        return Stream.of(
            bad("a malformed address", k -> k.fleet().plane.addresses().assignAddresses(
                    k.leg().id(), List.of("10.10.250.300")), pattern, 400, "ipAddresses",
                    "10.10.250.300"),
            bad("an address with a prefix", k -> k.fleet().plane.addresses().assignAddresses(
                    k.leg().id(), List.of("10.10.250.7/32")), pattern, 400, "ipAddresses",
                    "10.10.250.7/32"),
            bad("an address listed twice", k -> k.fleet().plane.addresses().assignAddresses(
                    k.leg().id(), List.of("10.10.250.7", "10.10.250.7")), value, 400,
                    "ipAddresses", "more than once"),
            bad("no addresses", k -> k.fleet().plane.addresses().assignAddresses(k.leg().id(),
                    List.of()), "MISSING_PARAMETER", 400, "ipAddresses", "at least one"),
            bad("unassigning an address not held", k -> k.fleet().plane.addresses().unassign(
                    k.leg().id(), List.of("10.10.250.9")), "OPERATION_FAILED_RESOURCE_NOT_FOUND",
                    404, "ipAddresses", "does not hold address 10.10.250.9"),
            bad("a malformed lanIp for an EIP", k -> k.fleet().plane.eips().bind(
                    List.of(k.eip().id()), k.leg().id(), "ten", null), pattern, 400, "lanIp",
                    "'ten'"),
            bad("an instance type with no such size", k -> k.fleet().plane.instances().launch(
                    launch("z2a.cpu.3", SmallFleet.IMAGE)), value, 400, "instanceType",
                    "no instance size with 3 vCPUs"),
            bad("a malformed instance type", k -> k.fleet().plane.instances().launch(
                    launch("big", SmallFleet.IMAGE)), value, 400, "instanceType", "'big'"),
            bad("a launch without an image", k -> k.fleet().plane.instances().launch(
                    launch("z2a.cpu.4", null)), "MISSING_PARAMETER", 400, "imageId",
                    "imageId is required"),
            bad("a resize to another family", k -> k.fleet().plane.instances().resize(
                    k.web().id(), "z4a.cpu.16"), value, 400, "instanceType", "keeps the family"),
            bad("a migration to the instance's own host", k -> k.fleet().plane.migrations()
                    .migrate(k.web().id(), k.fleet().hostA1.id(), null), value, 400,
                    "targetHostId", "already runs on host-a1"),
            bad("a subnet outside its VPC", k -> k.fleet().subnet(k.fleet().prodVpc,
                    SmallFleet.HKG, "s-1", "10.20.1.0/24", null, null),
                    "INVALID_SUBNET_CIDR_NOT_IN_VPC", 400, "cidrBlock", "10.20.1.0/24"),
            bad("a /30 subnet", k -> k.fleet().subnet(k.fleet().prodVpc, SmallFleet.HKG, "s-1",
                    "10.10.9.0/30", null, null), pattern, 400, "cidrBlock", "/30"),
            bad("a subnet with host bits", k -> k.fleet().subnet(k.fleet().prodVpc,
                    SmallFleet.HKG, "s-1", "10.10.9.1/24", null, null), pattern, 400,
                    "cidrBlock", "host bits"),
            bad("a /120 IPv6 prefix", k -> k.fleet().subnet(k.fleet().prodVpc, SmallFleet.HKG,
                    "s-1", "10.10.9.0/24", "2001:db8:9::/120", "Public"), pattern, 400,
                    "ipv6CidrBlock", "/120"),
            bad("an unknown IPv6 type", k -> k.fleet().subnet(k.fleet().prodVpc,
                    SmallFleet.HKG, "s-1", "10.10.9.0/24", "2001:db8:9::/64", "Global"), value,
                    400, "ipv6Type", "Global"),
            bad("a VPC outside the private ranges", k -> k.fleet().plane.network().createVpc(
                    "pub", "8.8.0.0/16", 1500), value, 400, "cidrBlock", "8.8.0.0/16"),
            bad("changing the mode of an unbound EIP", k -> k.fleet().plane.eips().changeMode(
                    k.eip().id(), ForwardingMode.BYPASS),
                    "OPERATION_DENIED_EIP_NOT_ASSIGNED", 400, "eipId", "is not bound"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedValues")
    void aMalformedValueIsRefusedAndChangesNothing(Bad bad) {
        Refusal refusal = fleet.refusedWithoutChange(() -> bad.call().on(known));

        assertThatRefusal(refusal).isBadInput(bad.code(), bad.status(), bad.field())
                .mentions(bad.mention());
    }

    private static void assertConflict(Refusal refusal, String code, String... mentions) {
        assertThat(refusal.rule()).isEmpty();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.getMessage()).contains(mentions);
    }

    @Test
    void aRegionOrZoneIdGivenTwiceIsRefused() {
        String region = fleet.plane.store().read(repos -> repos.network().regions().get(0).id());

        Refusal regionTwice = fleet.refusedWithoutChange(() -> fleet.plane.network()
                .createRegion(region, "Again", "192.0.2.0/24"));
        Refusal zoneTwice = fleet.refusedWithoutChange(() -> fleet.plane.network()
                .createZone(SmallFleet.HKG_A, region, "Again", "City"));

        assertConflict(regionTwice, "INVALID_REGION_EXISTS", region);
        assertConflict(zoneTwice, "INVALID_ZONE_EXISTS", SmallFleet.HKG_A);
    }

    @Test
    void detachingADetachedVnicIsRefused() {
        Vnic loose = fleet.elastic("loose", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.vnics().detach(loose.id()));

        assertConflict(refusal, "OPERATION_DENIED_NIC_NOT_EXIST_INSTANCE", loose.id());
    }

    @Test
    void bindingABoundEipElsewhereIsRefused() {
        Eip eip = fleet.plane.eips().bind(List.of(known.eip().id()), known.leg().id(),
                "10.10.250.2", null).get(0);
        String primary = fleet.primaryOf(web.id()).id();

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.eips().bind(
                List.of(eip.id()), primary, "10.10.1.2", null));

        assertConflict(refusal, "OPERATION_DENIED_EIP_ASSIGNED", eip.id(), "10.10.250.2",
                known.leg().id());
    }

    @Test
    void bindingAnEipOfAnotherRegionIsRefused() {
        Eip frankfurt = fleet.plane.eips().create(SmallFleet.FRA, "fra-eip", 1).get(0);

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.eips().bind(
                List.of(frankfurt.id()), known.leg().id(), "10.10.250.2", null));

        assertConflict(refusal, "INVALID_EIP_REGION_MISMATCH", frankfurt.id(), SmallFleet.FRA,
                SmallFleet.HKG);
    }

    @Test
    void launchingOnAHostOfAnotherZoneIsRefused() {
        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.launch("web-2", "z2a.cpu.4",
                SmallFleet.HKG_A, fleet.app.id(), fleet.hostB1.id()));

        assertThatRefusal(refusal).isBadInput("INVALID_PARAMETER_VALUE", 400, "hostId")
                .mentions(fleet.hostB1.id(), SmallFleet.HKG_B, SmallFleet.HKG_A);
    }

    @Test
    void anOverlappingSubnetIsRefused() {
        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.subnet(fleet.prodVpc,
                SmallFleet.HKG, "overlap", "10.10.1.128/25", null, null));

        assertConflict(refusal, "INVALID_SUBNET_CIDR_CONFLICT", "10.10.1.128/25",
                fleet.app.id(), "10.10.1.0/24");
    }

    @Test
    void aSubnetWhoseIpv6PrefixOverlapsAnotherSubnetsIsRefused() {
        Refusal same = fleet.refusedWithoutChange(() -> fleet.subnet(fleet.prodVpc,
                SmallFleet.HKG, "copy", "10.10.9.0/24", "2001:db8:1:1::/64", "Public"));
        Refusal wider = fleet.refusedWithoutChange(() -> fleet.subnet(fleet.otherVpc,
                SmallFleet.HKG, "wider", "172.20.2.0/24", "2001:db8:1::/48", "Public"));

        assertConflict(same, "INVALID_SUBNET_CIDR_CONFLICT", "2001:db8:1:1::/64",
                fleet.app.id());
        assertConflict(wider, "INVALID_SUBNET_CIDR_CONFLICT", "2001:db8:1::/48",
                fleet.app.id(), "2001:db8:1:1::/64");
    }

    @Test
    void deletingAGroupAVnicUsesIsRefused() {
        fleet.plane.vnics().modify(new Modify(known.leg().id(), null, fleet.webGroup, null));

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.network().deleteSecurityGroup(fleet.webGroup));

        assertConflict(refusal, "INVALID_SECURITY_GROUP_IN_USE", fleet.webGroup, "used by 1");
    }

    @Test
    void askingForMoreEipsThanThePoolHoldsIsRefusedWhole() {
        fleet.plane.network().createRegion("ap-south-1", "Mumbai", "192.0.2.0/29");

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.eips().create("ap-south-1", "many", 6));

        assertConflict(refusal, "OPERATION_DENIED_EIP_POOL_EMPTY", "ap-south-1",
                "has 5 free public addresses; 6 were asked for");
    }

    @Test
    void shrinkingAnAdapterBelowTheVfsInUseIsRefused() {
        Host tiny = fleet.host("host-tiny", SmallFleet.HKG_A, 4, 64);
        Instance small = fleet.launch("small-1", "z2a.cpu.16", SmallFleet.HKG_A,
                fleet.app.id(), tiny.id());
        fleet.attachedElastic("leg-2", small.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.host("host-tiny",
                SmallFleet.HKG_A, 1, 64));

        assertConflict(refusal, "OPERATION_DENIED_VF_IN_USE", "host-tiny", "shrink to 1 VFs",
                "1 VFs above that back vNICs");
    }

    @Test
    void deletingWhatIsInUseIsRefused() {
        Refusal group = fleet.refusedWithoutChange(() ->
                fleet.plane.network().deleteSecurityGroup(fleet.defaultGroup));
        Refusal subnet = fleet.refusedWithoutChange(() ->
                fleet.plane.network().deleteSubnet(fleet.app.id()));
        Refusal vpc = fleet.refusedWithoutChange(() ->
                fleet.plane.network().deleteVpc(fleet.prodVpc));

        assertConflict(group, "OPERATION_DENIED_DEFAULT_SECURITY_GROUP", fleet.defaultGroup);
        assertConflict(subnet, "INVALID_SUBNET_IN_USE", fleet.app.id(), "used by 2");
        assertConflict(vpc, "INVALID_VPC_IN_USE", fleet.prodVpc, "5 subnets");
    }
}
