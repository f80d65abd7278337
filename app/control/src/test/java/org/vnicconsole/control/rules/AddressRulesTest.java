package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/** RULES.md, Addresses: IPV4-PRIMARY, IPV4-SECONDARY, IPV4-RESERVED. */
class AddressRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    private Vnic elasticWithPrimary(String primaryIp) {
        return fleet.plane.vnics().createElastic(
                new CreateElastic("leg", fleet.mgmt.id(), null, primaryIp, false));
    }

    private Instance launchWithLanIp(String name, String lanIp) {
        return fleet.plane.instances().launch(new Launch(name, "z2a.cpu.4", SmallFleet.HKG_A,
                fleet.app.id(), SmallFleet.IMAGE, null, lanIp, false, false, null));
    }

    @Test
    @Allows(RuleId.IPV4_PRIMARY)
    void thePlatformPicksTheLowestFreeAddressAsPrimary() {
        Vnic first = fleet.elastic("first", fleet.mgmt.id());
        Vnic second = fleet.elastic("second", fleet.mgmt.id());

        List<PrivateIp> held = fleet.plane.store().read(repos ->
                repos.addresses().ofVnic(second.id()));

        assertThat(fleet.addressesOf(first.id())).containsExactly("10.10.250.2");
        assertThat(held).singleElement().satisfies(ip -> {
            assertThat(ip.address()).isEqualTo("10.10.250.3");
            assertThat(ip.primary()).isTrue();
        });
    }

    @Test
    @Allows(RuleId.IPV4_PRIMARY)
    void anExplicitPrimaryInsideTheSubnetAndFreeIsUsed() {
        Vnic nic = elasticWithPrimary("10.10.250.77");

        Instance web = launchWithLanIp("web-1", "10.10.1.50");

        assertThat(fleet.addressesOf(nic.id())).containsExactly("10.10.250.77");
        assertThat(fleet.primaryIpOf(fleet.primaryOf(web.id()).id())).isEqualTo("10.10.1.50");
    }

    @Test
    @Allows(RuleId.IPV4_PRIMARY)
    void aLaunchWhosePreferredAddressIsTakenGetsTheNextFreeOne() {
        launchWithLanIp("web-1", "10.10.1.2");

        Instance second = launchWithLanIp("web-2", "10.10.1.2");

        assertThat(fleet.primaryIpOf(fleet.primaryOf(second.id()).id())).isEqualTo("10.10.1.3");
    }

    @Test
    @Refuses(RuleId.IPV4_PRIMARY)
    void anExplicitPrimaryOutsideTheSubnetIsRefused() {
        Refusal refusal = fleet.refusedWithoutChange(() -> elasticWithPrimary("10.10.1.9"));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_PRIMARY, "INVALID_IP_OUT_OF_RANGE", 400)
                .blames("primaryIpv4")
                .mentions("10.10.1.9", fleet.mgmt.id(), "10.10.250.0/24");
    }

    @Test
    @Refuses(RuleId.IPV4_PRIMARY)
    void aLaunchAskingForAPrimaryOutsideTheSubnetIsRefused() {
        Refusal refusal = fleet.refusedWithoutChange(() -> launchWithLanIp("web-1", "10.10.9.9"));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_PRIMARY, "INVALID_IP_OUT_OF_RANGE", 400)
                .blames("lanIp")
                .mentions("10.10.9.9", fleet.app.id(), "10.10.1.0/24");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10.10.1.0, INVALID_IP_NETWORK_ADDRESS", "10.10.1.1, INVALID_IP_FIRST_ADDRESS",
        "10.10.1.255, INVALID_IP_BROADCAST_ADDRESS"})
    @Refuses(RuleId.IPV4_RESERVED)
    void aLaunchAskingForAReservedPrimaryIsRefused(String address, String code) {
        Refusal refusal = fleet.refusedWithoutChange(() -> launchWithLanIp("web-1", address));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_RESERVED, code, 400)
                .blames("lanIp")
                .mentions(address, "10.10.1.0/24");
    }

    @Test
    @Refuses(RuleId.IPV4_PRIMARY)
    void aVnicOrLaunchInAFullSubnetIsRefusedForWantOfAPrimary() {
        Vnic filler = fleet.elastic("filler", fleet.tiny.id());
        fleet.plane.addresses().assignCount(filler.id(), 4);

        Refusal vnic = fleet.refusedWithoutChange(() -> fleet.elastic("leg", fleet.tiny.id()));
        Refusal launch = fleet.refusedWithoutChange(() -> fleet.launch("web-1", "z2a.cpu.4",
                SmallFleet.HKG_A, fleet.tiny.id(), null));

        for (Refusal refusal : List.of(vnic, launch)) {
            assertThatRefusal(refusal)
                    .enforces(RuleId.IPV4_PRIMARY, "INVALID_SUBNET_IP_INSUFFICIENT", 409)
                    .mentions(fleet.tiny.id(), "10.10.3.0/29", "has 0 free addresses",
                            "1 was asked for");
        }
    }

    @Test
    @Refuses(RuleId.IPV4_PRIMARY)
    void thePrimaryAddressCannotBeRemoved() {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());
        fleet.plane.addresses().assignCount(nic.id(), 1);

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .unassign(nic.id(), List.of("10.10.250.3", "10.10.250.2")));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_PRIMARY, "INVALID_NIC_PRIMARY_IP_CANT_DETACH", 409)
                .mentions("10.10.250.2", nic.id());
        assertThat(fleet.addressesOf(nic.id())).containsExactly("10.10.250.2", "10.10.250.3");
    }

    @Test
    @Allows(RuleId.IPV4_SECONDARY)
    void secondariesByCountAreTheLowestFreeAddresses() {
        Vnic taken = elasticWithPrimary("10.10.250.3");
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        List<String> assigned = fleet.plane.addresses().assignCount(nic.id(), 3);

        assertThat(fleet.addressesOf(taken.id())).containsExactly("10.10.250.3");
        assertThat(assigned).containsExactly("10.10.250.4", "10.10.250.5", "10.10.250.6");
        assertThat(fleet.addressesOf(nic.id()))
                .containsExactly("10.10.250.2", "10.10.250.4", "10.10.250.5", "10.10.250.6");
        assertThat(fleet.addressCountIn(fleet.mgmt.id())).isEqualTo(5);
    }

    @Test
    @Allows(RuleId.IPV4_SECONDARY)
    void secondariesByAddressAreExactlyThoseAsked() {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        List<String> assigned = fleet.plane.addresses()
                .assignAddresses(nic.id(), List.of("10.10.250.200", "10.10.250.100"));

        assertThat(assigned).containsExactly("10.10.250.200", "10.10.250.100");
        assertThat(fleet.addressesOf(nic.id()))
                .containsExactly("10.10.250.2", "10.10.250.200", "10.10.250.100");
    }

    @Test
    @Refuses(RuleId.IPV4_SECONDARY)
    void aSecondaryOutsideTheSubnetIsRefusedWithTheWholeRequest() {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignAddresses(nic.id(), List.of("10.10.250.20", "10.10.251.20")));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_SECONDARY, "INVALID_IP_OUT_OF_RANGE", 400)
                .blames("ipAddresses")
                .mentions("10.10.251.20", fleet.mgmt.id(), "10.10.250.0/24");
        assertThat(fleet.addressesOf(nic.id())).containsExactly("10.10.250.2");
    }

    @Test
    @Refuses(RuleId.IPV4_SECONDARY)
    void askingForMoreThanTheSubnetHasFreeIsRefusedWhole() {
        Vnic nic = fleet.elastic("leg", fleet.tiny.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.addresses().assignCount(nic.id(), 5));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_SECONDARY, "INVALID_SUBNET_IP_INSUFFICIENT", 409)
                .mentions(fleet.tiny.id(), "10.10.3.0/29", "has 4 free", "5 were asked for");
        assertThat(fleet.addressCountIn(fleet.tiny.id())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} is the {2}")
    @CsvSource({
        "10.10.250.0, INVALID_IP_NETWORK_ADDRESS, network address",
        "10.10.250.1, INVALID_IP_FIRST_ADDRESS, gateway address",
        "10.10.250.255, INVALID_IP_BROADCAST_ADDRESS, broadcast address"})
    @Refuses(RuleId.IPV4_RESERVED)
    void reservedAddressesAreNeverAssigned(String address, String code, String role) {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignAddresses(nic.id(), List.of(address)));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_RESERVED, code, 400)
                .blames("ipAddresses")
                .mentions(address, "is the " + role, "10.10.250.0/24");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10.10.250.0, INVALID_IP_NETWORK_ADDRESS", "10.10.250.1, INVALID_IP_FIRST_ADDRESS",
        "10.10.250.255, INVALID_IP_BROADCAST_ADDRESS"})
    @Refuses(RuleId.IPV4_RESERVED)
    void reservedAddressesAreNeverAnExplicitPrimary(String address, String code) {
        Refusal refusal = fleet.refusedWithoutChange(() -> elasticWithPrimary(address));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_RESERVED, code, 400)
                .blames("primaryIpv4")
                .mentions(address);
    }

    @Test
    @Refuses(RuleId.IPV4_RESERVED)
    void anAddressHeldByOneVnicIsRefusedToAnother() {
        Vnic holder = fleet.elastic("holder", fleet.mgmt.id());
        fleet.plane.addresses().assignAddresses(holder.id(), List.of("10.10.250.40"));
        Vnic other = fleet.elastic("other", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignAddresses(other.id(), List.of("10.10.250.41", "10.10.250.40")));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV4_RESERVED, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED", 409)
                .mentions("10.10.250.40", holder.id());
    }

    @Test
    @Allows(RuleId.IPV4_RESERVED)
    void fillingASubnetUsesEveryAddressButTheReservedOnes() {
        Vnic nic = fleet.elastic("leg", fleet.tiny.id());

        fleet.plane.addresses().assignCount(nic.id(), 4);

        assertThat(fleet.addressesOf(nic.id())).containsExactly(
                "10.10.3.2", "10.10.3.3", "10.10.3.4", "10.10.3.5", "10.10.3.6");
        assertThat(fleet.addressCountIn(fleet.tiny.id())).isEqualTo(5);
    }
}
