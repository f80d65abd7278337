package org.vnicconsole.model.api.operator;

/**
 * One rule of the catalogue as the operator service shows it. Immutable.
 *
 * @param id the rule id as written in RULES.md, for example {@code VNIC-ATTACH-SCOPE}
 * @param section the RULES.md section
 * @param text the rule's text
 */
public record RuleInfo(String id, String section, String text) {
}
