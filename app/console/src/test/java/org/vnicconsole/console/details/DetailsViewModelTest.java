package org.vnicconsole.console.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.console.fixture.Fleets;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.model.rules.RuleId;

class DetailsViewModelTest {

    private final FleetIndex index = new FleetIndex(Fleets.small());
    private final DetailsViewModel model = new DetailsViewModel();

    @Test
    void aVnicShowsCopyableIdsItsIpCapAndLinksToInstanceSubnetVfAndEip() {
        model.show(index, new NodeRef(NodeKind.VNIC, "nic-3"));

        Details details = model.details();
        assertThat(details.properties()).anySatisfy(property -> {
            assertThat(property.name()).isEqualTo("vNIC id");
            assertThat(property.value()).isEqualTo("nic-3");
            assertThat(property.copyable()).isTrue();
        });
        assertThat(details.capacity()).singleElement().satisfies(line -> {
            assertThat(line.usage().text()).isEqualTo("2/30 IPs");
            assertThat(line.rule()).isEqualTo(RuleId.CAP_IPV4);
        });
        assertThat(details.links()).extracting(Details.Link::relation)
                .containsExactly("Instance", "Subnet", "VF", "EIP");
        assertThat(details.links().get(2).target()).isEqualTo(
                new NodeRef(NodeKind.VF, "h-1/0000:3b:00.4"));
    }

    @Test
    void aVfLinksToTheVnicAndInstanceItBacks() {
        model.show(index, new NodeRef(NodeKind.VF, "h-1/0000:3b:00.3"));

        assertThat(model.details().links()).extracting(Details.Link::target).contains(
                new NodeRef(NodeKind.VNIC, "nic-2"), new NodeRef(NodeKind.INSTANCE, "i-small"));
    }

    @Test
    void anInstanceShowsItsVnicsAgainstCapVnics() {
        model.show(index, new NodeRef(NodeKind.INSTANCE, "i-small"));

        assertThat(model.details().capacity().get(0).usage().text()).isEqualTo("2/2 vNICs");
        assertThat(model.details().capacity().get(0).rule()).isEqualTo(RuleId.CAP_VNICS);
    }

    @Test
    void anObjectGoneAfterARefreshSaysSo() {
        model.show(index, new NodeRef(NodeKind.VNIC, "nic-gone"));

        assertThat(model.details().subtitle()).contains("Not in the latest refresh");
    }
}
