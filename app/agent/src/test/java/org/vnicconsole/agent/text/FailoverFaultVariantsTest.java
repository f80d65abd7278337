package org.vnicconsole.agent.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.Severity;

/**
 * The failover faults in other shapes than the real-world cases: other prompts, names, drivers,
 * iproute2 formats and indentation.
 */
class FailoverFaultVariantsTest {

    private static final String TRIPLET_WITH_ADDRESS_ON_STANDBY = String.join("\n",
            "[root@guest ~]# ip a",
            "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default",
            "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
            "    inet 127.0.0.1/8 scope host lo",
            "2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP",
            "    link/ether 52:54:00:aa:bb:01 brd ff:ff:ff:ff:ff:ff",
            "    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0",
            "3: eth0nsby: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel master eth0 "
                    + "state UP",
            "    link/ether 52:54:00:aa:bb:01 brd ff:ff:ff:ff:ff:ff",
            "    inet 10.0.0.6/24 brd 10.0.0.255 scope global dynamic eth0nsby",
            "       valid_lft 3600sec preferred_lft 3600sec",
            "4: enp7s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq master eth0 state UP",
            "    link/ether 52:54:00:aa:bb:01 brd ff:ff:ff:ff:ff:ff",
            "[root@guest ~]# uptime",
            " 10:02:03 up 3 days,  2:01,  1 user,  load average: 0.00, 0.01, 0.05");

    @Test
    void flagsAnAddressOnTheStandbyWithOtherNamesAndAPrompt() {
        AgentReport report = Cases.inspectText(TRIPLET_WITH_ADDRESS_ON_STANDBY);

        var triplet = report.inventory().triplets().get(0);
        assertThat(triplet.master()).isEqualTo(Known.of("eth0"));
        assertThat(triplet.standby()).isEqualTo(Known.of("eth0nsby"));
        assertThat(triplet.primary()).isEqualTo(Known.of("enp7s0"));
        assertThat(report.findings()).extracting(finding -> finding.id())
                .containsExactly("SLAVE_ADDRESS");
        assertThat(report.findings().get(0).devices()).containsExactly("eth0nsby", "eth0");
        assertThat(report.findings().get(0).rule().id()).isEqualTo("CONFIGURE-MASTER");
    }

    @Test
    void copesWithoutIndentationWithTabsAndWithWindowsLineEnds() {
        String flattened = TRIPLET_WITH_ADDRESS_ON_STANDBY.replaceAll("\n\\s+", "\n");
        String tabbed = TRIPLET_WITH_ADDRESS_ON_STANDBY.replace("    ", "\t");
        String windows = TRIPLET_WITH_ADDRESS_ON_STANDBY.replace("\n", "\r\n");

        for (String text : new String[] {flattened, tabbed, windows}) {
            AgentReport report = Cases.inspectText(text);
            assertThat(report.inventory().triplets()).hasSize(1);
            assertThat(Cases.findingIds(report)).containsExactly("SLAVE_ADDRESS");
        }
    }

    @Test
    void reportsATripletWhoseVfIsAwayAsMigrationInProgress() {
        String text = String.join("\n",
                "$ ip link",
                "2: ens4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP",
                "    link/ether 02:00:00:20:00:01 brd ff:ff:ff:ff:ff:ff",
                "3: ens4nsby: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel "
                        + "master ens4 state UP",
                "    link/ether 02:00:00:20:00:01 brd ff:ff:ff:ff:ff:ff");

        AgentReport report = Cases.inspectText(text);

        assertThat(report.inventory().triplets().get(0).activeSlave())
                .isEqualTo(Known.of("ens4nsby"));
        assertThat(Cases.findingIds(report)).containsExactly("TRIPLET_MISSING_PRIMARY");
        assertThat(report.findings().get(0).rule().id()).isEqualTo("MIGRATION-PATH");
    }

    @Test
    void reportsATripletWithoutItsStandby() {
        String text = String.join("\n",
                "$ ip link show",
                "2: ens4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP",
                "    link/ether 02:00:00:21:00:01 brd ff:ff:ff:ff:ff:ff",
                "5: enP1p0s3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq master ens4 "
                        + "state UP",
                "    link/ether 02:00:00:21:00:01 brd ff:ff:ff:ff:ff:ff",
                "$ lspci",
                "0001:00:03.0 Ethernet controller: Intel Corporation Ethernet Adaptive Virtual "
                        + "Function (rev 02)");

        AgentReport report = Cases.inspectText(text);

        assertThat(report.inventory().triplets().get(0).primary()).isEqualTo(Known.of("enP1p0s3"));
        assertThat(Cases.findingIds(report)).containsExactly("TRIPLET_MISSING_STANDBY");
    }

    @Test
    void flagsAVfThatSharesTheMastersMacButIsUpWithoutAMaster() {
        String text = String.join("\n",
                "$ ip link",
                "2: ens4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP",
                "    link/ether 02:00:00:22:00:01 brd ff:ff:ff:ff:ff:ff",
                "3: ens4nsby: <BROADCAST,MULTICAST> mtu 1500 qdisc fq_codel master ens4 state DOWN",
                "    link/ether 02:00:00:22:00:01 brd ff:ff:ff:ff:ff:ff",
                "4: ens5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP",
                "    link/ether 02:00:00:22:00:01 brd ff:ff:ff:ff:ff:ff");

        AgentReport report = Cases.inspectText(text);

        assertThat(Cases.findingIds(report)).contains("SLAVE_UP_WITHOUT_MASTER");
        assertThat(report.findings().stream()
                .filter(finding -> finding.id().equals("SLAVE_UP_WITHOUT_MASTER")).findFirst()
                .orElseThrow().devices()).containsExactly("ens5");
    }

    @Test
    void notesALinkLocalAddressOnAnAzureVfAndWarnsAboutAGlobalOne() {
        String text = String.join("\n",
                "user@vm:~$ ip -6 addr",
                "2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP qlen 1000",
                "    inet6 fe80::222:48ff:fe00:1/64 scope link",
                "3: enP1s1: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc mq master eth0 "
                        + "state UP qlen 1000",
                "    inet6 fe80::222:48ff:fe00:1/64 scope link",
                "    inet6 2001:db8::5/64 scope global");

        AgentReport report = Cases.inspectText(text);

        assertThat(report.inventory().netvscPairs()).hasSize(1);
        assertThat(report.findings()).extracting(finding -> finding.id())
                .containsExactly("SLAVE_ADDRESS", "SLAVE_LINK_LOCAL");
        assertThat(report.findings().get(1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void doesNotMistakeABondForANetvscPairOrABridgeForATriplet() {
        String text = String.join("\n",
                "$ ip -d link",
                "2: eno1: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc mq master bond0 "
                        + "state UP",
                "    link/ether 02:00:00:23:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0",
                "    bond_slave state ACTIVE mii_status UP",
                "3: bond0: <BROADCAST,MULTICAST,MASTER,UP,LOWER_UP> mtu 1500 qdisc noqueue "
                        + "state UP",
                "    link/ether 02:00:00:23:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0",
                "    bond mode active-backup",
                "4: vnet0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 "
                        + "state UP",
                "    link/ether 02:00:00:23:00:02 brd ff:ff:ff:ff:ff:ff promiscuity 1",
                "    bridge_slave state forwarding",
                "5: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP",
                "    link/ether 02:00:00:23:00:02 brd ff:ff:ff:ff:ff:ff promiscuity 0",
                "    bridge forward_delay 1500");

        AgentReport report = Cases.inspectText(text);

        assertThat(report.inventory().netvscPairs()).isEmpty();
        assertThat(report.inventory().triplets()).isEmpty();
        assertThat(report.inventory().device("bond0").orElseThrow().role())
                .isEqualTo(DeviceRole.PLAIN);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void recognisesAnMlx4PairInBriefOutput() {
        String text = String.join("\n",
                "$ ip -br link",
                "lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>",
                "eth0             UP             00:0d:3a:00:00:01 "
                        + "<BROADCAST,MULTICAST,UP,LOWER_UP>",
                "enP2s2           UP             00:0d:3a:00:00:01 "
                        + "<BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP>",
                "$ ip -br addr",
                "lo               UNKNOWN        127.0.0.1/8 ::1/128",
                "eth0             UP             10.0.0.4/24 fe80::20d:3aff:fe00:1/64",
                "enP2s2           UP             ");

        AgentReport report = Cases.inspectText(text);

        var pair = report.inventory().netvscPairs().get(0);
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.vf()).isEqualTo("enP2s2");
        assertThat(report.inventory().device("eth0").orElseThrow().addresses().value())
                .hasSize(2);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void flagsNetworkManagerOnATripletSlave() {
        String text = Cases.text("01-kernel-doc-net-failover-triplet-ip-addr.txt") + String.join(
                "\n", "$ nmcli dev",
                "DEVICE     TYPE      STATE      CONNECTION",
                "ens10      ethernet  connected  System ens10",
                "ens11      ethernet  connected  Wired connection 1",
                "ens10nsby  ethernet  unmanaged  --");

        AgentReport report = Cases.inspectText(text);

        assertThat(Cases.findingIds(report)).containsExactly("NM_ACTIVE_ON_SLAVE");
        assertThat(report.findings().get(0).devices()).containsExactly("ens11");
    }

    @Test
    void doesNotTakeTheSyntheticDeviceForAVfFromItsUdevPath() {
        String text = String.join("\n",
                "$ udevadm info /sys/class/net/eth0",
                "P: /devices/LNXSYSTM:00/LNXSYBUS:00/ACPI0004:00/VMBUS:00/"
                        + "00000000-0002-0000-0000-020000020001/net/eth0",
                "E: INTERFACE=eth0",
                "E: ID_NET_DRIVER=hv_netvsc");

        AgentReport report = Cases.inspectText(text);

        assertThat(report.inventory().netvscPairs()).isEmpty();
        assertThat(report.inventory().device("eth0").orElseThrow().driver())
                .isEqualTo(Known.of("hv_netvsc"));
    }

    @Test
    void doesNotBlameNetworkManagerForASlaveItOnlyObserves() {
        String text = Cases.text("01-kernel-doc-net-failover-triplet-ip-addr.txt") + String.join(
                "\n", "$ nmcli dev",
                "DEVICE     TYPE      STATE                   CONNECTION",
                "ens10      ethernet  connected               System ens10",
                "ens11      ethernet  connected (externally)  ens11");

        assertThat(Cases.inspectText(text).findings()).isEmpty();
    }

    @Test
    void readsOldIfconfigOutput() {
        String text = String.join("\n",
                "# ifconfig",
                "eth0      Link encap:Ethernet  HWaddr 02:00:00:24:00:01",
                "          inet addr:10.1.0.4  Bcast:10.1.0.255  Mask:255.255.255.0",
                "          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1",
                "",
                "eth1      Link encap:Ethernet  HWaddr 02:00:00:24:00:01",
                "          UP BROADCAST RUNNING SLAVE MULTICAST  MTU:1500  Metric:1");

        AgentReport report = Cases.inspectText(text);

        var pair = report.inventory().netvscPairs().get(0);
        assertThat(pair.synthetic()).isEqualTo(Known.of("eth0"));
        assertThat(pair.vf()).isEqualTo("eth1");
        assertThat(report.inventory().device("eth0").orElseThrow().addresses().value().get(0)
                .cidr()).isEqualTo("10.1.0.4/24");
    }

    @Test
    void readsPastedIpJsonAndFlagsADefaultRouteOnTheVf() {
        String text = String.join("\n",
                "$ ip -j link show",
                "[{\"ifindex\":2,\"ifname\":\"ens4\",\"flags\":[\"UP\",\"LOWER_UP\"],"
                        + "\"address\":\"02:00:00:25:00:01\"},{\"ifindex\":3,\"ifname\":"
                        + "\"ens4nsby\",\"flags\":[\"UP\"],\"master\":\"ens4\",\"address\":"
                        + "\"02:00:00:25:00:01\"},{\"ifindex\":4,\"ifname\":\"ens5\","
                        + "\"flags\":[\"UP\",\"LOWER_UP\"],\"master\":\"ens4\","
                        + "\"address\":\"02:00:00:25:00:01\"}]",
                "$ ip -j route",
                "[{\"dst\":\"default\",\"gateway\":\"10.0.0.1\",\"dev\":\"ens5\"}]");

        AgentReport report = Cases.inspectText(text);

        assertThat(report.inventory().triplets().get(0).standby())
                .isEqualTo(Known.of("ens4nsby"));
        assertThat(Cases.findingIds(report)).containsExactly("SLAVE_DEFAULT_ROUTE");
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void saysItCouldNotReadTextWithoutAnyListing() {
        AgentReport report = Cases.inspectText("hello\n\u0000\u0007 garbage }{ ][\n$ ls\nfoo bar");

        assertThat(report.readable()).isFalse();
        assertThat(report.limitations()).anyMatch(line -> line.contains("no device listing"));
    }
}
