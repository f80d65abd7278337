package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.ResourceGroupInfo;

class WireJsonTest {

    private final ObjectMapper mapper = WireJson.mapper();

    @Test
    void writesWireRecordsByPublicFieldNamesAndOmitsNulls() {
        JsonNode json = mapper.valueToTree(nic());

        assertThat(json.get("nicId").asText()).isEqualTo("nic-1");
        assertThat(json.get("nicType").asText()).isEqualTo("Secondary");
        assertThat(json.at("/resourceGroup/resourceGroupName").asText()).isEqualTo("Default");
        assertThat(json.get("queueCount").isInt()).isTrue();
        assertThat(json.has("primaryIpv6")).isFalse();
        assertThat(json.has("instanceId")).isFalse();
    }

    @Test
    void readsAPageOfPublicJsonBackIntoRecords() throws Exception {
        String json = "{\"totalCount\":1,\"dataSet\":[{\"nicId\":\"nic-1\","
                + "\"status\":\"AVAILABLE\",\"privateIpList\":[\"10.0.0.5\"],"
                + "\"someFutureField\":{\"a\":1}}]}";

        Page<NicInfo> page = mapper.readValue(json, new TypeReference<Page<NicInfo>>() { });

        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.dataSet().get(0).privateIpList()).containsExactly("10.0.0.5");
        assertThat(page.dataSet().get(0).primaryIpv6()).isNull();
    }

    @Test
    void writesIntegersWithoutAFractionAndFloatsAsNumbers() {
        EipInfo eip = new EipInfo("eip-1", "web", "asia-east-1", null, false, "BINDED",
                List.of("203.0.113.7"), "10.0.0.5", "PremiumBGP", null, "ByBandwidth", null,
                "nic-1", "nic-1", "NIC", "ins-1", "FullNat", 0.5, null, 100, "LOOSE", null, null,
                null, null, null, null, 32);

        JsonNode json = mapper.valueToTree(eip);

        assertThat(json.get("bandwidth").toString()).isEqualTo("100");
        assertThat(json.get("flowPackage").asDouble()).isEqualTo(0.5);
        assertThat(json.get("isDefault").isBoolean()).isTrue();
    }

    private static NicInfo nic() {
        return new NicInfo("nic-1", "app-eth1", "AVAILABLE", "Secondary", "asia-east-1", "IPv4",
                List.of(), List.of("10.0.0.5"), "10.0.0.5", null, null, List.of(),
                "02:00:0a:00:00:05", null, "vpc-1", "subnet-1", "2026-12-03T10:00:00Z",
                "2026-12-03T10:00:00Z", new ResourceGroupInfo("rg-1", "Default"), "sg-1", null,
                true, 2, 1000, null, null, "DETACHED");
    }
}
