package org.vnicconsole.console.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.console.fixture.Fleets;
import org.vnicconsole.console.fleet.FleetIndex;

class NavigatorViewModelTest {

    private final FleetIndex index = new FleetIndex(Fleets.small());

    private NavigatorViewModel instances() {
        NavigatorViewModel model = new NavigatorViewModel("Instances",
                InstanceTreeBuilder::build, "none");
        model.show(index, "");
        return model;
    }

    @Test
    void searchingAnIpKeepsTheInstanceAndExpandsDownToTheAddress() {
        NavigatorViewModel model = instances();

        model.queryProperty().set("10.0.0.13");

        List<NavNode> roots = model.visibleRootsProperty().get();
        NavNode instance = roots.get(0).children().get(0);
        assertThat(roots).hasSize(1);
        assertThat(instance.label()).isEqualTo("big");
        assertThat(model.isExpanded(instance.ref())).isTrue();
        assertThat(model.pathTo(NodeRef.address(NodeKind.PRIVATE_IP, "nic-3", "10.0.0.13")))
                .hasSize(4);
        assertThat(model.matchCountProperty().get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void searchMatchesMacAndPciAddressesAndClearingRestoresTheTree() {
        NavigatorViewModel fabric = new NavigatorViewModel("Fabric", FabricTreeBuilder::build,
                "none");
        fabric.show(index, "");

        fabric.queryProperty().set("0000:3b:00.7");
        int matches = fabric.matchCountProperty().get();
        fabric.queryProperty().set("02:00:00:00:00:04");
        int macMatches = fabric.matchCountProperty().get();
        fabric.queryProperty().set("");

        assertThat(matches).isEqualTo(1);
        assertThat(macMatches).isEqualTo(1);
        assertThat(fabric.visibleRootsProperty().get().get(0).size()).isEqualTo(1 + 1 + 1 + 8);
    }

    @Test
    void nodesTheUserOpenedStayOpenAcrossRefreshes() {
        NavigatorViewModel model = instances();
        NodeRef zone = new NodeRef(NodeKind.ZONE, "z1");

        model.setExpanded(zone, true);
        model.show(index, "");

        assertThat(model.isExpanded(zone)).isTrue();
    }

    @Test
    void thousandsOfNodesBuildAndFilterQuickly() {
        NavigatorViewModel model = new NavigatorViewModel("Big", ignored -> bigTree(), "none");
        model.show(index, "");

        long started = System.nanoTime();
        model.queryProperty().set("10.9.99.");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(model.matchCountProperty().get()).isEqualTo(100);
        assertThat(millis).isLessThan(500);
    }

    private static List<NavNode> bigTree() {
        List<NavNode> hosts = new ArrayList<>();
        for (int host = 0; host < 100; host++) {
            List<NavNode> vfs = new ArrayList<>();
            for (int vf = 0; vf < 100; vf++) {
                String address = "10." + (host % 10) + "." + host + "." + vf;
                vfs.add(new NavNode(new NodeRef(NodeKind.VF, host + "/" + vf), "VF " + vf,
                        "", null, false, address, List.of()));
            }
            hosts.add(new NavNode(new NodeRef(NodeKind.HOST, "h" + host), "h" + host, "",
                    new Usage(0, 100, "VFs"), false, "h" + host, vfs));
        }
        return hosts;
    }
}
