package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.MacAddresses;
import org.vnicconsole.model.rules.RuleId;

/** RULES.md, Addresses: IPV6-ONE, IPV6-DEFAULT, IPV6-ONE-WAY, MAC-UNIQUE. */
class Ipv6AndMacRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    private Vnic elasticWithIpv6(String name, String subnetId) {
        return fleet.plane.vnics().createElastic(
                new CreateElastic(name, subnetId, null, null, true));
    }

    private static InetAddress ip(String text) throws UnknownHostException {
        return InetAddress.getByName(text);
    }

    @Test
    @Allows(RuleId.IPV6_ONE)
    void enablingIpv6LaterGivesTheVnicOneAddress() {
        Vnic nic = fleet.elastic("leg", fleet.app.id());

        Vnic enabled = fleet.plane.addresses().enableIpv6(nic.id());

        assertThat(nic.ipv6Address()).isNull();
        assertThat(enabled.ipv6Address()).isNotNull();
        assertThat(fleet.vnic(nic.id()).ipv6Address()).isEqualTo(enabled.ipv6Address());
    }

    @Test
    @Refuses(RuleId.IPV6_ONE)
    void enablingIpv6ASecondTimeIsRefused() {
        Vnic nic = elasticWithIpv6("leg", fleet.app.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.addresses().enableIpv6(nic.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV6_ONE, "OPERATION_DENIED_NIC_EXIST_IPV6", 400)
                .mentions(nic.id(), nic.ipv6Address(), "at most one");
    }

    @Test
    @Refuses(RuleId.IPV6_ONE)
    void enablingIpv6InASubnetWithoutIpv6IsRefused() {
        Vnic nic = fleet.elastic("leg", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.addresses().enableIpv6(nic.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV6_ONE, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", 400)
                .mentions(fleet.mgmt.id(), nic.id(), "no IPv6 prefix");
    }

    @Test
    @Refuses(RuleId.IPV6_ONE)
    void launchingWithIpv6InASubnetWithoutIpv6IsRefused() {
        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.instances().launch(
                new Launch("web-1", "z2a.cpu.4", SmallFleet.HKG_A, fleet.mgmt.id(),
                        SmallFleet.IMAGE, null, null, true, false, null)));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV6_ONE, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", 400)
                .blames("ipStackType")
                .mentions(fleet.mgmt.id());
    }

    @Test
    @Allows(RuleId.IPV6_DEFAULT)
    void eachVnicGetsTheFirstAddressOfItsOwnSlash96NeverTheFirstOne() throws Exception {
        Vnic first = elasticWithIpv6("first", fleet.app.id());
        Instance web = fleet.launchWithIpv6("web-1", "z2a.cpu.4", fleet.app.id());

        Vnic second = fleet.primaryOf(web.id());

        assertThat(ip(first.ipv6Address())).isEqualTo(ip("2001:db8:1:1:0:1:0:0"));
        assertThat(first.ipv6Cidr()).endsWith("/96");
        assertThat(ip(first.ipv6Cidr().replace("/96", ""))).isEqualTo(ip("2001:db8:1:1:0:1::"));
        assertThat(ip(second.ipv6Address())).isEqualTo(ip("2001:db8:1:1:0:2:0:0"));
        assertThat(ip(first.ipv6Address())).isNotEqualTo(ip("2001:db8:1:1::"));
    }

    @Test
    @Refuses(RuleId.IPV6_DEFAULT)
    void aPrefixWithNoFreeSlash96LeftIsRefused() {
        Subnet narrow = fleet.subnet(fleet.prodVpc, SmallFleet.HKG, "narrow6", "10.10.4.0/24",
                "2001:db8:1:2::/95", "Private");
        elasticWithIpv6("only", narrow.id());
        Vnic second = fleet.elastic("second", narrow.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.addresses().enableIpv6(second.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV6_DEFAULT, "INVALID_SUBNET_IPV6_INSUFFICIENT", 409)
                .mentions(narrow.id(), "no free /96", "2001:db8:1:2::/95");
    }

    @Test
    @Refuses(RuleId.IPV6_ONE_WAY)
    void turningIpv6OffIsRefusedWithTheAdviceToReplaceTheVnic() {
        Vnic nic = elasticWithIpv6("leg", fleet.app.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.addresses().disableIpv6(nic.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.IPV6_ONE_WAY, "OPERATION_DENIED_IPV6_ONE_WAY", 400)
                .mentions(nic.id(), "cannot be turned off", "replace the vNIC");
        assertThat(fleet.vnic(nic.id()).ipv6Address()).isEqualTo(nic.ipv6Address());
    }

    @Test
    @Allows(RuleId.IPV6_ONE_WAY)
    void ipv6StaysThroughDetachAndReattach() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic nic = elasticWithIpv6("leg", fleet.data.id());

        fleet.plane.vnics().attach(nic.id(), web.id());
        fleet.plane.vnics().detach(nic.id());
        fleet.plane.vnics().attach(nic.id(), web.id());

        assertThat(fleet.vnic(nic.id()).ipv6Address()).isEqualTo(nic.ipv6Address()).isNotNull();
        assertThat(fleet.vnic(nic.id()).ipv6Cidr()).isEqualTo(nic.ipv6Cidr());
    }

    @Test
    @Allows(RuleId.MAC_UNIQUE)
    void everyVnicGetsALocallyAdministeredUnicastMacThatItsVfCarries() {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        Vnic leg = fleet.attachedElastic("leg", web.id());

        List<Vnic> vnics = fleet.vnicsOf(web.id());

        assertThat(vnics).extracting(Vnic::macAddress).doesNotHaveDuplicates()
                .allMatch(mac -> mac.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"))
                .allMatch(MacAddresses::isLocallyAdministeredUnicast);
        assertThat(fleet.vfOf(leg.id()).orElseThrow().macAddress()).isEqualTo(leg.macAddress());
    }

    @Test
    @Holds(RuleId.MAC_UNIQUE)
    void macsAreUniqueAcrossRegionsAndADeletedVnicsMacIsNotReissued() {
        List<String> macs = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            macs.add(fleet.elastic("hkg-" + n, fleet.mgmt.id()).macAddress());
            macs.add(fleet.elastic("fra-" + n, fleet.fra.id()).macAddress());
        }
        Vnic doomed = fleet.elastic("doomed", fleet.mgmt.id());

        fleet.plane.vnics().delete(doomed.id());
        Vnic after = fleet.elastic("after", fleet.mgmt.id());

        assertThat(macs).doesNotHaveDuplicates().doesNotContain(doomed.macAddress());
        assertThat(after.macAddress()).isNotEqualTo(doomed.macAddress()).isNotIn(macs);
    }
}
