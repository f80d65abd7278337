package org.vnicconsole.control.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.control.api.Caller;
import org.vnicconsole.control.api.Role;
import org.vnicconsole.model.api.operator.CapacityRow;
import org.vnicconsole.model.api.operator.DescribeCapacityTableResponse;
import org.vnicconsole.model.api.operator.DescribeRuleCatalogueResponse;
import org.vnicconsole.model.api.operator.RuleInfo;
import org.vnicconsole.model.rules.RuleId;

class CatalogueActionsTest {

    private static final ActionRequest REQUEST = ActionRequest.of("operator", "Describe",
            new Caller("OKTEST", Role.OPERATOR), JsonNodeFactory.instance.objectNode());

    @Test
    void listsEveryRuleWithItsIdSectionAndText() {
        DescribeRuleCatalogueResponse response = CatalogueActions.describeRuleCatalogue(REQUEST);

        assertThat(response.ruleSet()).hasSize(RuleId.values().length);
        assertThat(response.ruleSet()).contains(new RuleInfo("CAP-VNICS", "Capacity",
                RuleId.CAP_VNICS.text()));
    }

    @Test
    void listsTheCapacityTableSmallestFirst() {
        DescribeCapacityTableResponse response = CatalogueActions.describeCapacityTable(REQUEST);

        assertThat(response.capacitySet()).first().isEqualTo(new CapacityRow(1, 2, 1, 6));
        assertThat(response.capacitySet()).last().isEqualTo(new CapacityRow(64, 16, 32, 30));
        assertThat(response.unattachedIpv4Limit()).isEqualTo(30);
    }
}
