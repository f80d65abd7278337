package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.control.service.VnicService.Modify;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * Bad input (an address outside the subnet or reserved, an unknown id, a negative count, an
 * overlong name, a malformed value) is refused with a clear error and changes nothing.
 */
class BadInputTest {

    private static final String LONG_NAME = "n".repeat(64);

    /** What each call can refer to: an instance with an attached elastic vNIC, an EIP. */
    record Known(SmallFleet fleet, Instance web, Vnic leg, Eip eip) {
    }

    /** A call against the known resources. */
    interface Call {
        void on(Known known);
    }

    /** A bad call and what its refusal must say; {@code field} null when none is blamed. */
    record Bad(String label, Call call, String code, int status, String field, String mention) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final SmallFleet fleet = new SmallFleet();
    private final Instance web = fleet.launch("web-1", "z2a.cpu.16");
    private final Known known = new Known(fleet, web, fleet.attachedElastic("leg", web.id()),
            fleet.newEip("eip"));

    @AfterEach
    void close() {
        fleet.close();
    }

    private static Bad bad(String label, Call call, String code, String field, String mention) {
        int status = code.endsWith("NOT_FOUND") ? 404 : 400;
        return new Bad(label, call, code, status, field, mention);
    }

    private static Launch launch(String name, String type, String zone, String subnet,
            String image, String host) {
        return new Launch(name, type, zone, subnet, image, null, null, false, false, host);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "192.168.0.5, INVALID_IP_OUT_OF_RANGE, IPV4_SECONDARY, outside subnet",
        "10.10.251.5, INVALID_IP_OUT_OF_RANGE, IPV4_SECONDARY, outside subnet",
        "10.10.250.0, INVALID_IP_NETWORK_ADDRESS, IPV4_RESERVED, the network address",
        "10.10.250.1, INVALID_IP_FIRST_ADDRESS, IPV4_RESERVED, the gateway address",
        "10.10.250.255, INVALID_IP_BROADCAST_ADDRESS, IPV4_RESERVED, the broadcast address"})
    void anAddressOutsideTheSubnetOrReservedIsRefusedAndChangesNothing(String address,
            String code, RuleId rule, String words) {
        int countBefore = fleet.addressCountIn(fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignAddresses(known.leg().id(), List.of(address)));

        assertThatRefusal(refusal).enforces(rule, code, 400).blames("ipAddresses")
                .mentions(address, words, "10.10.250.0/24");
        assertThat(fleet.addressCountIn(fleet.mgmt.id())).isEqualTo(countBefore);
        assertThat(fleet.addressesOf(known.leg().id())).containsExactly("10.10.250.2");
    }

    static Stream<Bad> unknownIds() {
        return Stream.of(
            bad("attaching an unknown vNIC", k -> k.fleet().plane.vnics()
                    .attach("nic-nope", k.web().id()), "INVALID_NIC_NOT_FOUND", "nicId",
                    "nic-nope"),
            bad("attaching to an unknown instance", k -> k.fleet().plane.vnics()
                    .attach(k.leg().id(), "i-nope"), "INVALID_INSTANCE_NOT_FOUND", "instanceId",
                    "i-nope"),
            bad("a vNIC in an unknown subnet", k -> k.fleet().plane.vnics().createElastic(
                    new CreateElastic("nic-1", "subnet-nope", null, null, false)),
                    "INVALID_SUBNET_NOT_FOUND", "subnetId", "subnet-nope"),
            bad("a vNIC in an unknown group", k -> k.fleet().plane.vnics().createElastic(
                    new CreateElastic("nic-1", k.fleet().mgmt.id(), "sg-nope", null, false)),
                    "INVALID_SECURITY_GROUP_NOT_FOUND", "securityGroupId", "sg-nope"),
            bad("moving a vNIC to an unknown group", k -> k.fleet().plane.vnics().modify(
                    new Modify(k.leg().id(), "renamed", "sg-nope", null)),
                    "INVALID_SECURITY_GROUP_NOT_FOUND", "securityGroupId", "sg-nope"),
            bad("binding an unknown EIP", k -> k.fleet().plane.eips().bind(List.of("eip-nope"),
                    k.leg().id(), "10.10.250.2", null), "INVALID_EIP_NOT_FOUND", "eipId",
                    "eip-nope"),
            bad("releasing an unknown instance", k -> k.fleet().plane.instances()
                    .release("i-nope", true), "INVALID_INSTANCE_NOT_FOUND", "instanceId", "i-nope"),
            bad("resizing an unknown instance", k -> k.fleet().plane.instances()
                    .resize("i-nope", "z2a.cpu.4"), "INVALID_INSTANCE_NOT_FOUND", "instanceId",
                    "i-nope"),
            bad("migrating to an unknown host", k -> k.fleet().plane.migrations()
                    .migrate(k.web().id(), "host-nope", null), "INVALID_HOST_NOT_FOUND", "hostId",
                    "host-nope"),
            bad("launching in an unknown zone", k -> k.fleet().plane.instances().launch(launch(
                    "web-2", "z2a.cpu.4", "zone-nope", k.fleet().app.id(), SmallFleet.IMAGE,
                    null)), "INVALID_ZONE_NOT_FOUND", "zoneId", "zone-nope"),
            bad("launching on an unknown host", k -> k.fleet().plane.instances().launch(launch(
                    "web-2", "z2a.cpu.4", SmallFleet.HKG_A, k.fleet().app.id(), SmallFleet.IMAGE,
                    "host-nope")), "INVALID_HOST_NOT_FOUND", "hostId", "host-nope"),
            bad("assigning to an unknown vNIC", k -> k.fleet().plane.addresses()
                    .assignCount("nic-nope", 1), "INVALID_NIC_NOT_FOUND", "nicId", "nic-nope"),
            bad("a subnet in an unknown VPC", k -> k.fleet().subnet("vpc-nope", SmallFleet.HKG,
                    "s-1", "10.10.9.0/24", null, null), "INVALID_VPC_NOT_FOUND", "vpcId",
                    "vpc-nope"),
            bad("a subnet in an unknown region", k -> k.fleet().subnet(k.fleet().prodVpc,
                    "mars-1", "s-1", "10.10.9.0/24", null, null), "INVALID_REGION_NOT_FOUND",
                    "regionId", "mars-1"),
            bad("EIPs in an unknown region", k -> k.fleet().plane.eips().create("mars-1", "e-1",
                    1), "INVALID_REGION_NOT_FOUND", "regionId", "mars-1"),
            bad("an unknown migration", k -> k.fleet().plane.migrations().find("mig-nope"),
                    "INVALID_MIGRATION_NOT_FOUND", "migrationId", "mig-nope"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownIds")
    void anUnknownIdIsRefusedAndChangesNothing(Bad bad) {
        Refusal refusal = fleet.refusedWithoutChange(() -> bad.call().on(known));

        assertThatRefusal(refusal).isBadInput(bad.code(), 404, bad.field())
                .mentions(bad.mention(), "does not exist");
    }

    static Stream<Bad> badNumbers() {
        return Stream.of(
            bad("a negative address count", k -> k.fleet().plane.addresses()
                    .assignCount(k.leg().id(), -1), "INVALID_PARAMETER_LESS_MINIMUM",
                    "ipAddressCount", "-1"),
            bad("a zero address count", k -> k.fleet().plane.addresses()
                    .assignCount(k.leg().id(), 0), "INVALID_PARAMETER_LESS_MINIMUM",
                    "ipAddressCount", "was 0"),
            bad("an address count above 30", k -> k.fleet().plane.addresses()
                    .assignCount(k.leg().id(), 31), "INVALID_PARAMETER_EXCEED_MAXIMUM",
                    "ipAddressCount", "31"),
            bad("a negative EIP amount", k -> k.fleet().plane.eips().create(SmallFleet.HKG,
                    "e-1", -1), "INVALID_PARAMETER_LESS_MINIMUM", "amount", "-1"),
            bad("an EIP amount above 100", k -> k.fleet().plane.eips().create(SmallFleet.HKG,
                    "e-1", 101), "INVALID_PARAMETER_EXCEED_MAXIMUM", "amount", "101"),
            bad("a negative rate limit", k -> k.fleet().plane.vnics()
                    .setRateLimit(k.leg().id(), -5), "INVALID_PARAMETER_LESS_MINIMUM",
                    "rateLimitMbps", "-5"),
            bad("a rate limit above 400000", k -> k.fleet().plane.vnics()
                    .setRateLimit(k.leg().id(), 400_001), "INVALID_PARAMETER_EXCEED_MAXIMUM",
                    "rateLimitMbps", "400001"),
            bad("a host with negative vCPUs", k -> k.fleet().plane.fabric().registerHost(
                    "host-x", SmallFleet.HKG_A, -4, 16, List.of()),
                    "INVALID_PARAMETER_LESS_MINIMUM", "vcpuTotal", "at least 1 vCPU"),
            bad("an adapter with negative VFs", k -> k.fleet().plane.fabric().registerHost(
                    "host-x", SmallFleet.HKG_A, 8, 16, List.of(new AdapterSpec("ens9",
                    "0000:5e:00.0", "ice", "E810", -1, 64))), "INVALID_PARAMETER_VALUE",
                    "adapters", "totalVfs must be 0..4096"),
            bad("an odd MTU", k -> k.fleet().plane.network().createVpc("odd", "10.30.0.0/16",
                    1234), "INVALID_PARAMETER_VALUE", "mtu", "1234"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNumbers")
    void aNegativeOrOutOfRangeNumberIsRefusedAndChangesNothing(Bad bad) {
        Refusal refusal = fleet.refusedWithoutChange(() -> bad.call().on(known));

        assertThatRefusal(refusal).isBadInput(bad.code(), bad.status(), bad.field())
                .mentions(bad.mention());
    }

    static Stream<Bad> badNames() {
        return Stream.of(
            bad("an overlong vNIC name", k -> k.fleet().plane.vnics().createElastic(
                    new CreateElastic(LONG_NAME, k.fleet().mgmt.id(), null, null, false)),
                    "INVALID_PARAMETER_EXCEED_LENGTH", "name", "2 to 63"),
            bad("an overlong new vNIC name", k -> k.fleet().plane.vnics().modify(
                    new Modify(k.leg().id(), LONG_NAME, null, null)),
                    "INVALID_PARAMETER_EXCEED_LENGTH", "name", "2 to 63"),
            bad("an overlong instance name", k -> k.fleet().plane.instances().launch(launch(
                    LONG_NAME, "z2a.cpu.4", SmallFleet.HKG_A, k.fleet().app.id(),
                    SmallFleet.IMAGE, null)), "INVALID_PARAMETER_EXCEED_LENGTH", "instanceName",
                    "2 to 63"),
            bad("an overlong VPC name", k -> k.fleet().plane.network().createVpc(LONG_NAME,
                    "10.30.0.0/16", 1500), "INVALID_PARAMETER_EXCEED_LENGTH", "name", "2 to 63"),
            bad("an overlong subnet name", k -> k.fleet().subnet(k.fleet().prodVpc,
                    SmallFleet.HKG, LONG_NAME, "10.10.9.0/24", null, null),
                    "INVALID_PARAMETER_EXCEED_LENGTH", "name", "2 to 63"),
            bad("an overlong EIP name", k -> k.fleet().plane.eips().create(SmallFleet.HKG,
                    LONG_NAME, 1), "INVALID_PARAMETER_EXCEED_LENGTH", "name", "2 to 63"),
            bad("an overlong group name", k -> k.fleet().plane.network().createSecurityGroup(
                    "g".repeat(65)), "INVALID_PARAMETER_EXCEED_LENGTH", "securityGroupName",
                    "1 to 64"),
            bad("an overlong image id", k -> k.fleet().plane.instances().launch(launch("web-2",
                    "z2a.cpu.4", SmallFleet.HKG_A, k.fleet().app.id(), "i".repeat(65), null)),
                    "INVALID_PARAMETER_EXCEED_LENGTH", "imageId", "at most 64"),
            bad("an overlong host name", k -> k.fleet().plane.fabric().registerHost(
                    "h".repeat(129), SmallFleet.HKG_A, 8, 16, List.of()),
                    "INVALID_PARAMETER_EXCEED_LENGTH", "hostName", "at most 128"),
            bad("an overlong adapter name", k -> k.fleet().plane.fabric().registerHost(
                    "host-x", SmallFleet.HKG_A, 8, 16, List.of(new AdapterSpec("a".repeat(65),
                    "0000:5e:00.0", "ice", "E810", 4, 64))), "INVALID_PARAMETER_EXCEED_LENGTH",
                    "adapters", "at most 64"),
            bad("a one-letter instance name", k -> k.fleet().plane.instances().launch(launch(
                    "w", "z2a.cpu.4", SmallFleet.HKG_A, k.fleet().app.id(), SmallFleet.IMAGE,
                    null)), "INVALID_PARAMETER_LESS_LENGTH", "instanceName", "'w'"),
            bad("a name with a space", k -> k.fleet().plane.vnics().createElastic(
                    new CreateElastic("web 1", k.fleet().mgmt.id(), null, null, false)),
                    "INVALID_PARAMETER_PATTERN_ERROR", "name", "'web 1'"),
            bad("an instance name with an underscore", k -> k.fleet().plane.instances().launch(
                    launch("web_1", "z2a.cpu.4", SmallFleet.HKG_A, k.fleet().app.id(),
                    SmallFleet.IMAGE, null)), "INVALID_PARAMETER_PATTERN_ERROR", "instanceName",
                    "'web_1'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNames")
    void anOverlongOrMalformedNameIsRefusedAndChangesNothing(Bad bad) {
        Refusal refusal = fleet.refusedWithoutChange(() -> bad.call().on(known));

        assertThatRefusal(refusal).isBadInput(bad.code(), 400, bad.field())
                .mentions(bad.mention());
    }
}
