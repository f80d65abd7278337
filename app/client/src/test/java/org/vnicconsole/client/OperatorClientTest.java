package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.operator.DescribeCapacityTableResponse;
import org.vnicconsole.model.api.operator.DescribeRuleCatalogueResponse;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.operator.RuleInfo;

class OperatorClientTest {

    @AutoClose
    private final TestServer test = new TestServer();
    private final OperatorClient operator = new OperatorClient(test.transport);

    @Test
    void readsTheRuleCatalogueFromTheOperatorService() throws Exception {
        test.enqueue(TestServer.ok("T1", "\"ruleSet\":[{\"id\":\"CAP-VNICS\","
                + "\"section\":\"Capacity\",\"text\":\"Attaching beyond the cap is refused.\"}]"));

        DescribeRuleCatalogueResponse catalogue = operator.describeRuleCatalogue().execute();

        assertThat(catalogue.ruleSet()).containsExactly(new RuleInfo(
                "CAP-VNICS", "Capacity", "Attaching beyond the cap is refused."));
        RecordedRequest request = test.take();
        assertThat(request.getTarget()).isEqualTo("/api/v2/operator");
        assertThat(request.getHeaders().get("x-zc-version")).isEqualTo(OperatorApi.VERSION);
        assertThat(request.getHeaders().get("x-zc-action")).isEqualTo("DescribeRuleCatalogue");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void readsTheCapacityTable() {
        test.enqueue(TestServer.ok("T1", "\"capacitySet\":[{\"vcpus\":2,\"maxVnics\":2,"
                + "\"queuesPerVnic\":2,\"ipv4PerVnic\":6}],\"unattachedIpv4Limit\":30"));

        DescribeCapacityTableResponse table = operator.describeCapacityTable().execute();

        assertThat(table.capacitySet()).singleElement()
                .satisfies(row -> assertThat(row.maxVnics()).isEqualTo(2));
        assertThat(table.unattachedIpv4Limit()).isEqualTo(30);
    }
}
