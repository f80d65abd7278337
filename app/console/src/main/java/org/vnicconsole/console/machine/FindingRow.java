package org.vnicconsole.console.machine;

import java.util.List;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Severity;

/**
 * One row of the findings table: severity, the catalogue id, the RULES.md rule it cites, the
 * devices involved, what was found and the fix. Immutable.
 */
public record FindingRow(
        Severity severity,
        String id,
        String rule,
        String ruleText,
        List<String> devices,
        String message,
        String fix) {

    public FindingRow {
        devices = List.copyOf(devices);
    }

    /** The row of one finding. */
    public static FindingRow of(Finding finding) {
        return new FindingRow(finding.severity(), finding.id(), finding.rule().id(),
                finding.rule().text(), finding.devices(), finding.message(), finding.fix());
    }

    /** The devices as one cell. */
    public String devicesText() {
        return String.join(", ", devices);
    }
}
