package org.vnicconsole.control.operator;

import java.util.Arrays;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.model.api.operator.CapacityRow;
import org.vnicconsole.model.api.operator.DescribeCapacityTableResponse;
import org.vnicconsole.model.api.operator.DescribeRuleCatalogueResponse;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.operator.RuleInfo;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.rules.RuleId;

/**
 * The operator actions that read fixed data of the model rather than the store: the rule
 * catalogue ({@code DescribeRuleCatalogue}) and the capacity table
 * ({@code DescribeCapacityTable}). Neither takes parameters; fields sent anyway are ignored.
 * Stateless and thread-safe.
 */
public final class CatalogueActions {

    private CatalogueActions() {
    }

    /** Registers both actions under the operator service of the registry. */
    public static void register(ActionRegistry registry) {
        registry.register(OperatorApi.SERVICE, OperatorApi.DESCRIBE_RULE_CATALOGUE,
                CatalogueActions::describeRuleCatalogue);
        registry.register(OperatorApi.SERVICE, OperatorApi.DESCRIBE_CAPACITY_TABLE,
                CatalogueActions::describeCapacityTable);
    }

    static DescribeRuleCatalogueResponse describeRuleCatalogue(ActionRequest request) {
        return new DescribeRuleCatalogueResponse(Arrays.stream(RuleId.values())
                .map(rule -> new RuleInfo(rule.id(), rule.section(), rule.text()))
                .toList());
    }

    static DescribeCapacityTableResponse describeCapacityTable(ActionRequest request) {
        return new DescribeCapacityTableResponse(CapacityTable.rows().stream()
                .map(caps -> new CapacityRow(caps.vcpus(), caps.maxVnics(), caps.queuesPerVnic(),
                        caps.ipv4PerVnic()))
                .toList(), CapacityTable.largestIpv4PerVnic());
    }
}
