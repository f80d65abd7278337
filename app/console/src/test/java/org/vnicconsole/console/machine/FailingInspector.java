package org.vnicconsole.console.machine;

import java.io.IOException;
import java.nio.file.Path;
import org.vnicconsole.agent.inventory.AgentReport;

/** An inspector whose every inspection fails with the same message. */
record FailingInspector(String message) implements MachineInspector {

    @Override
    public AgentReport live() throws IOException {
        throw new IOException(message);
    }

    @Override
    public AgentReport snapshot(Path root) throws IOException {
        throw new IOException(message);
    }

    @Override
    public AgentReport text(String location, String text) throws IOException {
        throw new IOException(message);
    }
}
