package org.vnicconsole.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.agent.Cases;

/** The JSON document's shape: the fields docs/agent.md lists, and "unknown" for unread values. */
class JsonReportWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesTheTopLevelFieldsInTheDocumentedOrder() throws Exception {
        JsonNode root = read("01-kernel-doc-net-failover-triplet-ip-addr.txt");

        assertThat(fieldNames(root)).containsExactly("schema", "source", "sriovFound",
                "physicalFunctions", "failoverTriplets", "netvscPairs", "devices",
                "otherPciFunctions", "findings", "limitations");
        assertThat(root.get("schema").asText()).isEqualTo("vnic-agent-report/1");
        assertThat(fieldNames(root.get("failoverTriplets").get(0))).containsExactly("master",
                "primary", "standby", "slaves", "mac", "activeSlave", "complete");
    }

    @Test
    void writesUnreportedTrustAsTheStringUnknownAndNumbersAsNumbers() throws Exception {
        JsonNode vf = read("15-bcm57840-bnx2x-4vfs-tx-rate-no-trust.txt")
                .get("physicalFunctions").get(0).get("vfs").get(0);

        assertThat(vf.get("trust").asText()).isEqualTo("unknown");
        assertThat(vf.get("queryRss").asText()).isEqualTo("unknown");
        assertThat(vf.get("spoofCheck").isBoolean()).isTrue();
        assertThat(vf.get("maxTxRateMbps").asLong()).isEqualTo(10000L);
        assertThat(vf.get("pciAddress").asText()).isEqualTo("0000:0c:01.0");
        assertThat(fieldNames(vf)).containsExactly("index", "pciAddress", "netdev", "driver",
                "mac", "vlan", "qos", "vlanProtocol", "txRateMbps", "maxTxRateMbps",
                "minTxRateMbps", "spoofCheck", "trust", "linkState", "queryRss", "iommuGroup",
                "stats");
    }

    @Test
    void writesFindingsWithRuleIdsAndFixes() throws Exception {
        JsonNode finding = read("07-cloud-init-netfailover-match-by-mac.txt")
                .get("findings").get(0);

        assertThat(fieldNames(finding)).containsExactly("id", "severity", "rule", "devices",
                "message", "fix");
        assertThat(finding.get("rule").asText()).isEqualTo("CONFIGURE-MASTER");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
    }

    private JsonNode read(String caseFile) throws Exception {
        return mapper.readTree(new JsonReportWriter().write(Cases.inspect(caseFile)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
