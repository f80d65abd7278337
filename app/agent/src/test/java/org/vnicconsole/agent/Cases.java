package org.vnicconsole.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Finding;

/** Loads the real-world listings copied from shared/cases/agent and inspects them. */
public final class Cases {

    private Cases() {
    }

    /** The text of a case file under src/test/resources/cases. */
    public static String text(String fileName) {
        try (InputStream in = Cases.class.getResourceAsStream("/cases/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no case file " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report for a case file read as pasted text. */
    public static AgentReport inspect(String fileName) {
        return inspectText(text(fileName));
    }

    /** The report for pasted text. */
    public static AgentReport inspectText(String text) {
        return new Agent(OptionalInt.empty()).inspectText("test", text);
    }

    /** The ids of the report's findings, in order. */
    public static java.util.List<String> findingIds(AgentReport report) {
        return report.findings().stream().map(Finding::id).toList();
    }
}
