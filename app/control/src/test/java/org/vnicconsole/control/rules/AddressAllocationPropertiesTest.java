package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.rules.RuleId;

/**
 * Properties of address allocation (IPV4-SECONDARY, IPV4-RESERVED) over subnets of every size
 * from /24 to /29: whatever is assigned lies inside the subnet, is never its network, gateway or
 * broadcast address and is held once; whatever is refused changes nothing. Each try runs on its
 * own control plane.
 */
class AddressAllocationPropertiesTest {

    /** One subnet {@code 10.10.1.0/prefix} and one elastic vNIC in it, holding its primary. */
    private record Plane(ControlPlane plane, Ipv4Block block, String subnetId, Vnic vnic)
            implements AutoCloseable {

        static Plane withSubnet(int prefix) {
            ControlPlane plane = TestPlanes.empty();
            plane.network().createRegion("asia-east-1", "Hong Kong", "203.0.113.0/24");
            plane.network().createSecurityGroup("default");
            String vpc = plane.network().createVpc("prod", "10.10.0.0/16", 1500).id();
            String cidr = "10.10.1.0/" + prefix;
            String subnet = plane.network().createSubnet(vpc, "asia-east-1", "app", cidr, null,
                    null).id();
            Vnic vnic = plane.vnics().createElastic(new CreateElastic("leg", subnet, null, null,
                    false));
            return new Plane(plane, Ipv4Block.parse(cidr), subnet, vnic);
        }

        List<PrivateIp> held() {
            return plane.store().read(repos -> repos.addresses().all());
        }

        @Override
        public void close() {
            plane.close();
        }
    }

    @Property(tries = 8)
    void countedAddressesAreInsideTheSubnetAndNeverReserved(
            @ForAll @IntRange(min = 24, max = 29) int prefix,
            @ForAll @IntRange(min = 1, max = 29) int count) {
        try (Plane subnet = Plane.withSubnet(prefix)) {
            long free = subnet.block().assignableCount() - 1;

            Throwable thrown = catchThrowable(() ->
                    subnet.plane().addresses().assignCount(subnet.vnic().id(), count));

            if (count > free) {
                assertThat(thrown).isInstanceOf(Refusal.class);
                assertThat(((Refusal) thrown).rule()).contains(RuleId.IPV4_SECONDARY);
                assertThat(subnet.held()).hasSize(1);
                return;
            }
            assertThat(thrown).isNull();
            assertThat(subnet.held()).hasSize(count + 1)
                    .extracting(PrivateIp::address).doesNotHaveDuplicates()
                    .allSatisfy(address -> {
                        long number = Ipv4Block.parseAddress(address);
                        assertThat(subnet.block().contains(number)).isTrue();
                        assertThat(subnet.block().reserved(number)).isEmpty();
                    });
        }
    }

    @Property(tries = 8)
    void anExplicitAddressIsAssignedExactlyWhenItIsInsideFreeAndNotReserved(
            @ForAll @IntRange(min = 24, max = 29) int prefix,
            @ForAll @LongRange(min = 0x0A0A0000L, max = 0x0A0A03FFL) long number) {
        try (Plane subnet = Plane.withSubnet(prefix)) {
            String address = Ipv4Block.format(number);
            boolean assignable = subnet.block().contains(number)
                    && subnet.block().reserved(number).isEmpty()
                    && number != subnet.block().firstAssignable();
            List<PrivateIp> before = subnet.held();

            Throwable thrown = catchThrowable(() -> subnet.plane().addresses()
                    .assignAddresses(subnet.vnic().id(), List.of(address)));

            if (assignable) {
                assertThat(thrown).isNull();
                assertThat(subnet.held()).extracting(PrivateIp::address).contains(address);
            } else {
                assertThat(thrown).isInstanceOf(Refusal.class);
                assertThat(((Refusal) thrown).getMessage()).contains(address);
                assertThat(subnet.held()).isEqualTo(before);
            }
        }
    }
}
