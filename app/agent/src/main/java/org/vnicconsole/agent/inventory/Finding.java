package org.vnicconsole.agent.inventory;

import java.util.List;
import org.vnicconsole.model.rules.RuleId;

/**
 * One thing the agent thinks an operator should know, citing the rule it concerns. Immutable.
 *
 * @param id the finding's catalogue id, for example {@code SLAVE_ADDRESS}
 * @param severity how much it matters
 * @param rule the RULES.md rule it cites
 * @param devices the devices (or files) involved
 * @param message what was found, in one sentence
 * @param fix what to do, in one sentence
 */
public record Finding(
        String id, Severity severity, RuleId rule, List<String> devices, String message,
        String fix) {

    public Finding {
        devices = List.copyOf(devices);
    }
}
