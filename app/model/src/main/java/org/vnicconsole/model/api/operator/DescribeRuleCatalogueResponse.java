package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * What the operator action DescribeRuleCatalogue returns inside {@code response}: every rule,
 * in the order of RULES.md. Not paged. Immutable.
 *
 * @param ruleSet the rules
 */
public record DescribeRuleCatalogueResponse(List<RuleInfo> ruleSet) {
}
