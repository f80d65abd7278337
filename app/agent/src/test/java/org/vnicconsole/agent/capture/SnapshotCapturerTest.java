package org.vnicconsole.agent.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.StaticIproute;
import org.vnicconsole.agent.SysfsTree;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.iproute.CommandIprouteSource;
import org.vnicconsole.agent.iproute.SnapshotIprouteSource;
import org.vnicconsole.agent.report.TextReportWriter;

/** Snapshots the agent writes and reads back. */
class SnapshotCapturerTest {

    @TempDir
    Path source;

    @TempDir
    Path target;

    @Test
    void readsBackWhatItCapturedFromAHostWithVfs() throws Exception {
        SysfsTree tree = new SysfsTree(source).pci("0000:3b:00.0").sriov("0000:3b:00.0", "64", "2")
                .driver("0000:3b:00.0", "ice")
                .netdev("ens1f0", "0000:3b:00.0", "02:00:00:50:00:01", true)
                .vf("0000:3b:00.0", 0, "0000:3b:01.0").driver("0000:3b:01.0", "iavf")
                .netdev("ens1f0v0", "0000:3b:01.0", "02:00:00:50:01:00", true)
                .vf("0000:3b:00.0", 1, "0000:3b:01.1").driver("0000:3b:01.1", "vfio-pci")
                .file("etc/NetworkManager/system-connections/w.nmconnection",
                        "[wifi-security]\npsk=hunter2\n");
        String links = "[{\"ifname\":\"ens1f0\",\"vfinfo_list\":[{\"vf\":0,\"address\":"
                + "\"02:00:00:50:01:00\",\"spoofchk\":false,\"trust\":true}]}]";
        StaticIproute iproute = new StaticIproute(links, "[]", "[]");
        AgentReport original = new Agent(OptionalInt.empty())
                .inspectMachine("snapshot", source, iproute);

        new SnapshotCapturer(source, iproute).capture(target);
        AgentReport copy = new Agent(OptionalInt.empty())
                .inspectMachine("snapshot", target, new SnapshotIprouteSource(target));

        assertThat(copy.inventory()).isEqualTo(original.inventory());
        assertThat(copy.findings()).isEqualTo(original.findings());
        var pf = copy.inventory().pf("ens1f0").orElseThrow();
        assertThat(pf.vf(1).orElseThrow().driver()).isEqualTo(Known.of("vfio-pci"));
        assertThat(Files.readString(target.resolve(
                "etc/NetworkManager/system-connections/w.nmconnection")))
                .contains("psk=<redacted>").doesNotContain("hunter2");
    }

    @Test
    void capturesThisMachineAndReadsItBack() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/sys/class/net"))).isTrue();

        new SnapshotCapturer(Path.of("/"), new CommandIprouteSource()).capture(target);
        AgentReport copy = new Agent(OptionalInt.empty())
                .inspectMachine("snapshot", target, new SnapshotIprouteSource(target));

        assertThat(copy.readable()).isTrue();
        assertThat(copy.inventory().device("lo")).isPresent();
        assertThat(new TextReportWriter().write(copy)).contains("lo");
    }
}
