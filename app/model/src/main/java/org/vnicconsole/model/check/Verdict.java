package org.vnicconsole.model.check;

import org.vnicconsole.model.rules.RuleId;

/**
 * A refusal predicted before sending: the rule that refuses and why, in words. The server
 * enforces the same rule; its answer is the one that counts. Immutable.
 *
 * @param rule the rule of RULES.md that refuses
 * @param reason what is wrong, with the numbers
 */
public record Verdict(RuleId rule, String reason) {

    /** The reason followed by the rule tag, as server messages end: {@code ... [CAP-VNICS]}. */
    public String explain() {
        return reason + " " + rule.tag();
    }
}
