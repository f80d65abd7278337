package org.vnicconsole.console.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.console.fixture.Fleets;
import org.vnicconsole.console.fleet.FleetIndex;

class TreeBuildersTest {

    private final FleetIndex index = new FleetIndex(Fleets.small());

    @Test
    void tenancyGoesRegionVpcSubnetVnicAddressWithUsageCounts() {
        List<NavNode> roots = TenancyTreeBuilder.build(index);

        NavNode region = roots.get(0);
        NavNode subnet = region.children().get(0).children().get(0);
        NavNode bigPrimary = subnet.children().stream()
                .filter(node -> node.ref().id().equals("nic-3")).findFirst().orElseThrow();
        assertThat(region.label()).isEqualTo("r1");
        assertThat(subnet.usage().text()).isEqualTo("12/253 addresses");
        assertThat(bigPrimary.usage().text()).isEqualTo("2/30 IPs");
        assertThat(bigPrimary.children()).extracting(NavNode::label)
                .containsExactly("10.0.0.12", "10.0.0.13", "2001:db8::1");
        assertThat(bigPrimary.children().get(0).note()).contains("EIP 203.0.113.5 (Standard)");
    }

    @Test
    void instanceViewCountsVnicsAgainstTheCapAndListsUnattachedVnics() {
        List<NavNode> roots = InstanceTreeBuilder.build(index);

        NavNode small = roots.get(0).children().stream()
                .filter(node -> node.label().equals("small")).findFirst().orElseThrow();
        NavNode unattached = roots.get(roots.size() - 1);
        assertThat(small.usage().text()).isEqualTo("2/2 vNICs");
        assertThat(small.usage().level()).isEqualTo(Usage.Level.FULL);
        assertThat(unattached.children()).extracting(node -> node.ref().id())
                .containsExactly("nic-4");
        assertThat(unattached.children().get(0).free()).isTrue();
    }

    @Test
    void fabricShowsEveryVfWithTheVnicAndInstanceItBacksAndFreeOnes() {
        List<NavNode> roots = FabricTreeBuilder.build(index);

        NavNode adapter = roots.get(0).children().get(0).children().get(0);
        assertThat(roots.get(0).usage().text()).isEqualTo("3/8 VFs");
        assertThat(adapter.children()).hasSize(8);
        assertThat(adapter.children().get(0).free()).isTrue();
        assertThat(adapter.children().get(0).note()).isEqualTo("free");
        assertThat(adapter.children().get(4).note()).isEqualTo("big-primary · big");
    }

    @Test
    void usageLevelsReadWithoutColourThroughTheirGlyphAndText() {
        assertThat(new Usage(1, 10, "IPs").level()).isEqualTo(Usage.Level.OK);
        assertThat(new Usage(8, 10, "IPs").level()).isEqualTo(Usage.Level.HIGH);
        assertThat(new Usage(10, 10, "IPs").level()).isEqualTo(Usage.Level.FULL);
    }
}
