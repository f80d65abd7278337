package org.vnicconsole.agent.sysfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.StaticIproute;
import org.vnicconsole.agent.SysfsTree;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.iproute.IprouteSource;

/** Reading PFs and VF pools from sysfs trees built for edge cases. */
class SysfsReaderTest {

    @TempDir
    Path root;

    @Test
    void readsAPfWithZeroVfsEnabled() {
        SysfsTree tree = new SysfsTree(root).pci("0000:3b:00.0").sriov("0000:3b:00.0", "64", "0")
                .driver("0000:3b:00.0", "ice").netdev("ens1f0", "0000:3b:00.0",
                        "02:00:00:00:00:01", true);

        PhysicalFunction pf = inspect(tree).inventory().pf("ens1f0").orElseThrow();

        assertThat(pf.totalVfs()).isEqualTo(Known.of(64));
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(0));
        assertThat(pf.vfs()).isEmpty();
        assertThat(pf.driver()).isEqualTo(Known.of("ice"));
        assertThat(pf.sriovCapable()).isEqualTo(Known.of(true));
    }

    @Test
    void reads256VfsWithTheirDriversAndNetdevs() {
        SysfsTree tree = new SysfsTree(root).pci("0000:5e:00.0").sriov("0000:5e:00.0", "256", "256")
                .driver("0000:5e:00.0", "ice")
                .netdev("ens2f0", "0000:5e:00.0", "02:00:00:00:01:00", true);
        for (int index = 0; index < 256; index++) {
            String address = String.format("0000:5e:%02x.%x", 1 + index / 8, index % 8);
            tree.vf("0000:5e:00.0", index, address);
            if (index % 2 == 0) {
                tree.driver(address, "iavf").netdev("ens2f0v" + index, address,
                        String.format("02:00:00:00:02:%02x", index), false);
            } else {
                tree.driver(address, "vfio-pci");
            }
        }

        AgentReport report = inspect(tree);

        PhysicalFunction pf = report.inventory().pf("ens2f0").orElseThrow();
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(256));
        assertThat(pf.vfs()).hasSize(256);
        assertThat(pf.vf(255).orElseThrow().pciAddress()).isEqualTo(Known.of("0000:5e:20.7"));
        assertThat(pf.vf(254).orElseThrow().netdev()).isEqualTo(Known.of("ens2f0v254"));
        assertThat(pf.vf(254).orElseThrow().driver()).isEqualTo(Known.of("iavf"));
        assertThat(pf.vf(255).orElseThrow().netdev().isKnown()).isFalse();
        assertThat(pf.vf(255).orElseThrow().driver()).isEqualTo(Known.of("vfio-pci"));
        assertThat(report.inventory().device("ens2f0v2").orElseThrow().role())
                .isEqualTo(DeviceRole.VF);
    }

    @Test
    void saysWhatItCouldNotReadInsteadOfDefaulting() throws Exception {
        SysfsTree tree = new SysfsTree(root).pci("0000:af:00.0").sriov("0000:af:00.0", null, "abc")
                .netdev("ens3f0", "0000:af:00.0", "02:00:00:00:03:00", true);
        Files.createDirectories(tree.pciPath("0000:af:00.0").resolve("sriov_totalvfs"));
        Files.delete(tree.netdevPath("ens3f0").resolve("address"));

        AgentReport report = inspect(tree);

        PhysicalFunction pf = report.inventory().pf("ens3f0").orElseThrow();
        assertThat(pf.enabledVfs().isKnown()).isFalse();
        assertThat(pf.totalVfs().isKnown()).isFalse();
        assertThat(report.inventory().device("ens3f0").orElseThrow().mac().isKnown()).isFalse();
        assertThat(report.limitations())
                .anyMatch(line -> line.contains("sriov_numvfs holds 'abc', not a count"))
                .anyMatch(line -> line.contains("could not read")
                        && line.contains("sriov_totalvfs"));
    }

    @Test
    void readsGarbageInEveryAttributeWithoutFailing() {
        SysfsTree tree = new SysfsTree(root).pci("0000:01:00.0")
                .sriov("0000:01:00.0", "-3", "99999999999999")
                .netdev("eth0", "0000:01:00.0", "\u0000\u0001garbage", true)
                .attribute("eth0", "mtu", "lots").attribute("eth0", "flags", "zz")
                .attribute("eth0", "carrier", "").attribute("eth0", "speed", "-1");

        AgentReport report = inspect(tree);

        assertThat(report.readable()).isTrue();
        PhysicalFunction pf = report.inventory().pf("eth0").orElseThrow();
        assertThat(pf.totalVfs().isKnown()).isFalse();
        assertThat(pf.enabledVfs().isKnown()).isFalse();
        assertThat(report.inventory().device("eth0").orElseThrow().mtu().isKnown()).isFalse();
        assertThat(report.inventory().device("eth0").orElseThrow().flags().isKnown()).isFalse();
    }

    @Test
    void flagsAStandbyThatIsUpWithoutAMaster() {
        SysfsTree tree = new SysfsTree(root).pci("0000:00:05.0");
        Path virtio = tree.virtio("0000:00:05.0", "virtio3", true);
        tree.netdevAt("ens5nsby", virtio, "02:00:00:00:05:00", true)
                .attribute("ens5nsby", "phys_port_name", "sby");

        AgentReport report = inspect(tree);

        assertThat(report.inventory().device("ens5nsby").orElseThrow().role())
                .isEqualTo(DeviceRole.FAILOVER_STANDBY);
        assertThat(report.findings()).extracting(finding -> finding.id())
                .containsExactly("SLAVE_UP_WITHOUT_MASTER");
        assertThat(report.findings().get(0).rule().id()).isEqualTo("FAILOVER-TRIPLET");
    }

    @Test
    void readsNamesWithUnusualCharacters() {
        SysfsTree tree = new SysfsTree(root)
                .netdev("wan-0.é", null, "02:00:00:00:06:00", true)
                .netdev("a+b#c", null, "02:00:00:00:06:01", false)
                .netdev("x@y", null, "02:00:00:00:06:02", false);

        AgentReport report = inspect(tree);

        assertThat(report.inventory().devices()).extracting(device -> device.name())
                .containsExactlyInAnyOrder("wan-0.é", "a+b#c", "x@y");
    }

    @Test
    void recognisesATripletFromSysfsAndFlagsAnAddressOnTheVf() {
        SysfsTree tree = new SysfsTree(root).pci("0000:00:0a.0").pci("0000:00:0b.0");
        Path virtio = tree.virtio("0000:00:0a.0", "virtio1", true);
        tree.netdevAt("ens10", virtio, "02:54:00:00:12:53", true)
                .netdevAt("ens10nsby", virtio, "02:54:00:00:12:53", false)
                .attribute("ens10nsby", "phys_port_name", "sby")
                .driver("0000:00:0b.0", "iavf")
                .netdev("ens11", "0000:00:0b.0", "02:54:00:00:12:53", true)
                .master("ens10nsby", "ens10").master("ens11", "ens10");
        String addresses = "[{\"ifname\":\"ens10\",\"addr_info\":[{\"family\":\"inet\","
                + "\"local\":\"192.168.12.53\",\"prefixlen\":24,\"scope\":\"global\"}]},"
                + "{\"ifname\":\"ens11\",\"addr_info\":[{\"family\":\"inet\","
                + "\"local\":\"192.168.12.54\",\"prefixlen\":24,\"scope\":\"global\"}]}]";
        String routes = "[{\"dst\":\"default\",\"gateway\":\"192.168.12.1\",\"dev\":\"ens11\"}]";

        AgentReport report = inspect(tree, new StaticIproute(null, addresses, routes));

        var triplet = report.inventory().triplets().get(0);
        assertThat(triplet.master()).isEqualTo(Known.of("ens10"));
        assertThat(triplet.standby()).isEqualTo(Known.of("ens10nsby"));
        assertThat(triplet.primary()).isEqualTo(Known.of("ens11"));
        assertThat(triplet.activeSlave()).isEqualTo(Known.of("ens11"));
        assertThat(report.findings()).extracting(finding -> finding.id())
                .containsExactly("SLAVE_DEFAULT_ROUTE", "SLAVE_ADDRESS");
    }

    @Test
    void recognisesANetvscVfLinkedOnlyAsAnUpperDevice() {
        SysfsTree tree = new SysfsTree(root).pci("0000:00:08.0").driver("0000:00:08.0", "hv_netvsc")
                .netdev("eth0", "0000:00:08.0", "02:00:00:00:08:00", true)
                .pci("cf63:00:02.0").driver("cf63:00:02.0", "mlx4_core")
                .netdev("enP53091s1", "cf63:00:02.0", "02:00:00:00:08:00", true)
                .upper("enP53091s1", "eth0");

        AgentReport report = inspect(tree);

        var pair = report.inventory().netvscPairs().get(0);
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.vfDriver()).isEqualTo(Known.of("mlx4_core"));
        assertThat(report.inventory().triplets()).isEmpty();
    }

    @Test
    void flagsAManaVfThatIsUpBeforeNetvscEnslavedIt() {
        SysfsTree tree = new SysfsTree(root).pci("0000:00:08.0").driver("0000:00:08.0", "hv_netvsc")
                .netdev("eth0", "0000:00:08.0", "02:00:00:00:09:00", true)
                .pci("7870:00:00.0").driver("7870:00:00.0", "mana")
                .netdev("enP30832s1", "7870:00:00.0", "02:00:00:00:09:00", true);
        String addresses = "[{\"ifname\":\"enP30832s1\",\"addr_info\":[{\"family\":\"inet\","
                + "\"local\":\"10.0.0.4\",\"prefixlen\":24,\"scope\":\"global\"}]}]";

        AgentReport report = inspect(tree, new StaticIproute(null, addresses, null));

        var pair = report.inventory().netvscPairs().get(0);
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.vfDriver()).isEqualTo(Known.of("mana"));
        assertThat(report.findings()).extracting(finding -> finding.id())
                .containsExactlyInAnyOrder("SLAVE_ADDRESS", "SLAVE_UP_WITHOUT_MASTER");
    }

    @Test
    void reportsANetlinkVfListShorterThanSysfsAsTruncated() {
        SysfsTree tree = new SysfsTree(root).pci("0000:5e:00.0").sriov("0000:5e:00.0", "256", "256")
                .netdev("ens2f0", "0000:5e:00.0", "02:00:00:00:01:00", true);
        StringBuilder vfs = new StringBuilder();
        for (int index = 0; index < 220; index++) {
            vfs.append(index == 0 ? "" : ",").append("{\"vf\":").append(index)
                    .append(",\"address\":\"00:00:00:00:00:00\",\"spoofchk\":true}");
        }
        String links = "[{\"ifname\":\"ens2f0\",\"vfinfo_list\":[" + vfs + "]}]";

        AgentReport report = inspect(tree, new StaticIproute(links, null, null));

        PhysicalFunction pf = report.inventory().pf("ens2f0").orElseThrow();
        assertThat(pf.enabledVfs()).isEqualTo(Known.of(256));
        assertThat(pf.vfListTruncated()).isTrue();
        assertThat(report.findings()).extracting(finding -> finding.id())
                .contains("VF_LIST_TRUNCATED");
    }

    @Test
    void warnsWhenAPfHasFewerVfsThanTheFleetExpects() {
        SysfsTree tree = new SysfsTree(root).pci("0000:3b:00.0").sriov("0000:3b:00.0", "64", "4")
                .netdev("ens1f0", "0000:3b:00.0", "02:00:00:00:00:01", true);

        AgentReport report = new Agent(OptionalInt.of(8))
                .inspectMachine("snapshot", tree.root(), IprouteSource.none());

        assertThat(report.findings()).extracting(finding -> finding.id())
                .containsExactly("PF_FEWER_VFS");
        assertThat(report.findings().get(0).message()).contains("4 VFs").contains("expects 8");
    }

    @Test
    void saysTheInputIsUnreadableWhenThereIsNoSysfsAndNoIproute() {
        AgentReport report = inspect(new SysfsTree(root));

        assertThat(report.readable()).isFalse();
        assertThat(report.limitations()).anyMatch(line -> line.contains("/sys/class/net"));
    }

    private static AgentReport inspect(SysfsTree tree) {
        return inspect(tree, IprouteSource.none());
    }

    private static AgentReport inspect(SysfsTree tree, IprouteSource iproute) {
        return new Agent(OptionalInt.empty()).inspectMachine("snapshot", tree.root(), iproute);
    }
}
