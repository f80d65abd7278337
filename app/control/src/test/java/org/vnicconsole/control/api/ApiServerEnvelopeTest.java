package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.api.ApiTestServer.TENANT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.api.ApiTestServer.Reply;

class ApiServerEnvelopeTest {

    private static ApiTestServer server;

    @BeforeAll
    static void startServer() {
        server = ApiTestServer.start(options -> options.withMaxBodyBytes(4096));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void wrapsASuccessInTheResponseEnvelopeWithOneRequestId() {
        Reply reply = server.call(TENANT, "zec", TestActions.ECHO,
                "{\"name\":\"web-1\",\"count\":2,\"ids\":[\"a\"],\"unknownField\":true}");

        JsonNode json = reply.json();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        String requestId = json.get("requestId").asText();
        assertThat(requestId).matches("T[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}");
        assertThat(json.at("/response/requestId").asText()).isEqualTo(requestId);
        assertThat(json.at("/response/count").isInt()).isTrue();
        assertThat(json.at("/response/ids/0").asText()).isEqualTo("a");
        assertThat(json.get("response").has("status")).as("null fields are omitted").isFalse();
    }

    @Test
    void answersAnActionWithoutOutputWithARequestIdOnlyResponse() {
        Reply reply = server.call(ApiTestServer.OPERATOR, "operator", "DescribeCapacityTable", "");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/response/capacitySet/0/vcpus").asInt()).isEqualTo(1);
    }

    @Test
    void writesRefusalsAsAFlatErrorNamingTheRule() {
        Reply reply = server.call(TENANT, "zec", TestActions.REFUSE, "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().has("response")).isFalse();
        assertThat(reply.json().get("requestId").asText()).startsWith("T");
        assertThat(reply.code()).isEqualTo("INVALID_INSTANCE_NIC_LIMIT");
        assertThat(reply.message()).endsWith("[CAP-VNICS]");
    }

    @Test
    void hidesTheCauseOfAnInternalError() {
        Reply reply = server.call(TENANT, "zec", TestActions.CRASH, "{}");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(reply.body()).doesNotContain(TestActions.CRASH_DETAIL).doesNotContain("at org.");
    }

    @Test
    void refusesMalformedJson() {
        Reply reply = server.call(TENANT, "zec", TestActions.ECHO, "{\"name\": \"web-1\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void refusesABodyThatIsAnArray() {
        Reply reply = server.call(TENANT, "zec", TestActions.ECHO, "[1,2]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_TYPE");
    }

    @Test
    void refusesAStringWhereAnIntegerBelongs() {
        Reply reply = server.call(
                TENANT, "zec", TestActions.ECHO, "{\"name\":\"ab\",\"count\":\"2\"}");

        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_TYPE");
        assertThat(reply.message()).contains("count");
    }

    @Test
    void refusesAMissingRequiredField() {
        Reply reply = server.call(TENANT, "zec", TestActions.ECHO, "{\"count\":2}");

        assertThat(reply.code()).isEqualTo("MISSING_PARAMETER");
        assertThat(reply.message()).contains("name");
    }

    @Test
    void refusesAnUnknownActionWithInvalidParameterValue() {
        Reply reply = server.call(TENANT, "zec", "DescribeUnicorns", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(reply.message()).contains("DescribeUnicorns");
    }

    @Test
    void refusesAnOversizeBodyWith413() {
        String big = "{\"name\":\"" + "x".repeat(5000) + "\",\"count\":1}";

        Reply reply = server.call(TENANT, "zec", TestActions.ECHO, big);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_EXCEED_LENGTH");
    }

    @Test
    void refusesAVersionTheServiceDoesNotSpeak() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(server.signed(TENANT, TestActions.PAGE, body));
        headers.put("x-zc-version", "2024-04-01");

        Reply reply = server.post("zec", headers, body);

        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(reply.message()).contains("2025-09-01");
    }

    @Test
    void pagesWithTheDefaultsOfTheReference() {
        JsonNode firstPage = server.call(TENANT, "zec", TestActions.PAGE, "{}").json();
        JsonNode lastPage = server.call(TENANT, "zec", TestActions.PAGE,
                "{\"pageNum\":3,\"pageSize\":20}").json();

        assertThat(firstPage.at("/response/totalCount").asInt()).isEqualTo(45);
        assertThat(firstPage.at("/response/dataSet").size()).isEqualTo(20);
        assertThat(lastPage.at("/response/dataSet").size()).isEqualTo(5);
    }

    @Test
    void refusesAPageSizeAboveTheMaximum() {
        Reply reply = server.call(TENANT, "zec", TestActions.PAGE, "{\"pageSize\":1001}");

        assertThat(reply.code()).isEqualTo("INVALID_PARAMETER_EXCEED_MAXIMUM");
    }

    @Test
    void answersOtherPathsAndMethodsWithJsonErrors() {
        Reply unknownService = server.call(TENANT, "bmc", "DescribeInstances", "{}");
        Reply get = server.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/v2/zec"))
                .GET().build());
        Reply elsewhere = server.send(HttpRequest.newBuilder(server.baseUri().resolve("/x"))
                .GET().build());

        assertThat(unknownService.status()).isEqualTo(404);
        assertThat(unknownService.code()).isEqualTo("OPERATION_FAILED_RESOURCE_NOT_FOUND");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.json().has("code")).isTrue();
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.json().has("requestId")).isTrue();
    }
}
