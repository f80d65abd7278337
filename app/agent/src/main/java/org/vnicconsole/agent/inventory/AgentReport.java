package org.vnicconsole.agent.inventory;

import java.util.List;

/**
 * The result of one inspection: where the facts came from, what was found, the findings and
 * what could not be known. Immutable.
 *
 * @param sourceKind {@code live}, {@code snapshot} or {@code text}
 * @param sourceLocation the root directory or file read
 * @param inventory what was recognised
 * @param findings the findings, most severe first
 * @param limitations what the input did not allow to know, one sentence each
 * @param readable false when the input could not be read at all
 */
public record AgentReport(
        String sourceKind,
        String sourceLocation,
        Inventory inventory,
        List<Finding> findings,
        List<String> limitations,
        boolean readable) {

    public AgentReport {
        findings = List.copyOf(findings);
        limitations = List.copyOf(limitations);
    }

    /** Whether any finding is a warning or an error. */
    public boolean hasProblems() {
        return findings.stream().anyMatch(finding -> finding.severity() != Severity.INFO);
    }
}
