package org.vnicconsole.agent.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;
import org.vnicconsole.agent.inventory.AgentReport;

/**
 * Configuration files that catch a slave, in each manager's syntax: netplan (block and flow
 * match), systemd-networkd, NetworkManager keyfiles and ifupdown; and the ones that do not.
 */
class ConfigFileFaultVariantsTest {

    private static final String TRIPLET =
            Cases.text("01-kernel-doc-net-failover-triplet-ip-addr.txt");

    @Test
    void flagsANetplanFlowMatchOnTheSharedMac() {
        AgentReport report = inspectWith("/etc/netplan/01-net.yaml", String.join("\n",
                "network:",
                "  ethernets:",
                "    uplink:",
                "      match: {macaddress: \"02:54:00:00:12:53\"}",
                "      dhcp4: yes"));

        assertThat(Cases.findingIds(report)).containsExactly("CONFIG_MATCHES_SHARED_MAC");
        assertThat(report.findings().get(0).devices()).contains("ens10nsby", "ens11");
    }

    @Test
    void acceptsANetplanEntryThatMatchesTheMasterByName() {
        AgentReport report = inspectWith("/etc/netplan/50-cloud-init.yaml", String.join("\n",
                "network:",
                "  version: 2",
                "  ethernets:",
                "    ens10:",
                "      dhcp4: true",
                "      match:",
                "        name: ens10"));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void flagsANetplanEntryForTheStandbyByItsId() {
        AgentReport report = inspectWith("/etc/netplan/60-extra.yaml", String.join("\n",
                "network:",
                "  ethernets:",
                "    ens10nsby:",
                "      dhcp4: true"));

        assertThat(Cases.findingIds(report)).containsExactly("CONFIG_NAMES_SLAVE");
    }

    @Test
    void flagsASystemdNetworkdMacMatch() {
        AgentReport report = inspectWith("/etc/systemd/network/10-uplink.network", String.join(
                "\n", "[Match]", "MACAddress=02:54:00:00:12:53", "", "[Network]", "DHCP=yes"));

        assertThat(Cases.findingIds(report)).containsExactly("CONFIG_MATCHES_SHARED_MAC");
    }

    @Test
    void flagsASystemdNetworkdNameGlobThatCatchesTheVf() {
        AgentReport report = inspectWith("/etc/systemd/network/20-wired.network", String.join(
                "\n", "[Match]", "Name=ens1*", "", "[Network]", "DHCP=yes"));

        assertThat(Cases.findingIds(report)).containsExactlyInAnyOrder("CONFIG_NAMES_SLAVE",
                "CONFIG_NAMES_SLAVE");
    }

    @Test
    void flagsANetworkManagerKeyfileBoundToTheSharedMacOrASlaveName() {
        AgentReport byMac = inspectWith("/etc/NetworkManager/system-connections/w.nmconnection",
                String.join("\n", "[connection]", "id=Wired", "type=ethernet", "",
                        "[ethernet]", "mac-address=02:54:00:00:12:53"));
        AgentReport byName = inspectWith("/etc/NetworkManager/system-connections/v.nmconnection",
                String.join("\n", "[connection]", "id=VF", "type=ethernet",
                        "interface-name=ens11"));

        assertThat(Cases.findingIds(byMac)).containsExactly("CONFIG_MATCHES_SHARED_MAC");
        assertThat(Cases.findingIds(byName)).containsExactly("CONFIG_NAMES_SLAVE");
    }

    @Test
    void flagsAnIfupdownStanzaForTheVf() {
        AgentReport report = inspectWith("/etc/network/interfaces", String.join("\n",
                "auto lo", "iface lo inet loopback", "", "allow-hotplug ens11",
                "iface ens11 inet dhcp"));

        assertThat(Cases.findingIds(report))
                .containsExactly("CONFIG_NAMES_SLAVE", "CONFIG_NAMES_SLAVE");
    }

    @Test
    void acceptsAnUnmanagedExclusionForTheVfDriver() {
        AgentReport report = inspectWith("/etc/systemd/network/99-vf.network", String.join("\n",
                "[Match]", "Name=ens11", "[Link]", "Unmanaged=yes"));

        assertThat(Cases.findingIds(report)).containsExactly("VF_EXCLUSION_PRESENT");
        assertThat(report.hasProblems()).isFalse();
    }

    private static AgentReport inspectWith(String path, String content) {
        return Cases.inspectText(TRIPLET + "=== file: " + path + " ===\n" + content + "\n");
    }
}
