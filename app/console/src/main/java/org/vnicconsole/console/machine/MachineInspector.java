package org.vnicconsole.console.machine;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.iproute.CommandIprouteSource;
import org.vnicconsole.agent.iproute.SnapshotIprouteSource;

/**
 * Runs the agent in process for the machine views: the live machine, a captured snapshot, or
 * pasted diagnostics. Every call blocks (the live inspection runs {@code ip}), so view models
 * call it only through the task runner. The agent only reads. Any thread.
 */
public interface MachineInspector {

    /** Inspects the machine the console runs on. */
    AgentReport live() throws Exception;

    /** Inspects a snapshot written by {@code vnic-console agent --capture DIR}. */
    AgentReport snapshot(Path root) throws Exception;

    /** Analyses pasted {@code ip}, {@code lspci}, {@code dmesg}... output. */
    AgentReport text(String location, String text) throws Exception;

    /** The inspector backed by the agent library, as {@code vnic-console agent} uses it. */
    static MachineInspector agent() {
        Agent agent = new Agent(OptionalInt.empty());
        return new MachineInspector() {
            @Override
            public AgentReport live() {
                return agent.inspectMachine("live", Path.of("/"), new CommandIprouteSource());
            }

            @Override
            public AgentReport snapshot(Path root) {
                return agent.inspectMachine("snapshot", root, new SnapshotIprouteSource(root));
            }

            @Override
            public AgentReport text(String location, String text) {
                return agent.inspectText(location, text);
            }
        };
    }
}
