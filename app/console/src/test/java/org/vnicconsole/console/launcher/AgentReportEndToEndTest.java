package org.vnicconsole.console.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.agent.SysfsTree;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.Role;
import org.vnicconsole.control.auth.AccessKey;
import org.vnicconsole.control.auth.KeyRing;
import org.vnicconsole.control.server.ControlServer;
import org.vnicconsole.control.service.Ids;
import org.vnicconsole.control.store.FabricRepository.AdapterUsage;
import org.vnicconsole.control.store.Store;
import picocli.CommandLine;

/**
 * {@code vnic-console agent --report} against a real control plane: a captured host with one
 * SR-IOV PF becomes a registered host whose VF pool has the PF's VFs.
 */
class AgentReportEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aReportedHostBecomesARegisteredHostWithItsVfPool() {
        SysfsTree host = new SysfsTree(dir.resolve("snapshot")).pci("0000:3b:00.0")
                .sriov("0000:3b:00.0", "8", "8").driver("0000:3b:00.0", "ice")
                .netdev("ens1f0", "0000:3b:00.0", "02:00:00:00:00:01", true);
        ControlPlane plane = new ControlPlane(Store.openInMemory("agent-e2e"), Clock.systemUTC(),
                Ids.random());
        plane.network().createRegion("r1", "Region", "203.0.113.0/24");
        plane.network().createZone("r1a", "r1", "Zone A", "City");
        KeyRing keys = new KeyRing(new AccessKey("AK1", "tenant", Role.TENANT),
                new AccessKey("OK1", "operator", Role.OPERATOR));

        try (ControlServer server = ControlServer.startEmbedded(plane, keys)) {
            int exit = runAgent("--root", host.root().toString(), "--report",
                    server.baseUri() + "/api/v2/operator", "--host-name", "lab-host-1",
                    "--zone", "r1a", "--vcpus", "64", "--memory-gib", "256");

            List<AdapterUsage> adapters = plane.store().read(repos -> repos.fabric()
                    .adapterUsage(repos.fabric().hostByName("lab-host-1").orElseThrow().id()));
            assertThat(exit).isIn(AgentCommand.NO_FINDINGS, AgentCommand.FINDINGS);
            assertThat(adapters).singleElement().satisfies(usage -> {
                assertThat(usage.adapter().pciAddress()).isEqualTo("0000:3b:00.0");
                assertThat(usage.adapter().totalVfs()).isEqualTo(8);
                assertThat(usage.vfsFree()).isEqualTo(8);
            });
        }
    }

    private static int runAgent(String... args) {
        CommandLine commandLine = Main.commandLine();
        CommandLine agent = commandLine.getSubcommands().get("agent");
        agent.setOut(new PrintWriter(new StringWriter()));
        agent.setErr(new PrintWriter(new StringWriter()));
        AgentCommand command = agent.getCommand();
        command.env = Map.of("VNIC_OPERATOR_KEY_ID", "OK1", "VNIC_OPERATOR_KEY_SECRET", "operator",
                "VNIC_ACCESS_KEY_ID", "AK1", "VNIC_ACCESS_KEY_SECRET", "tenant");
        String[] full = new String[args.length + 1];
        full[0] = "agent";
        System.arraycopy(args, 0, full, 1, args.length);
        return commandLine.execute(full);
    }
}
