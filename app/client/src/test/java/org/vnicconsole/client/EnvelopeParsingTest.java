package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.rules.RuleId;

class EnvelopeParsingTest {

    @AutoClose
    private final TestServer test = new TestServer();

    @Test
    void readsTheResponseObjectAndIgnoresUnknownFields() {
        test.enqueue(TestServer.ok("T1", "\"totalCount\":2,\"extra\":true,\"dataSet\":["
                + "{\"nicId\":\"nic-1\",\"name\":\"a\",\"macAddress\":\"x\"},"
                + "{\"nicId\":\"nic-2\",\"name\":\"b\"}]"));

        Probe.Page page = test.transport.call(
                ApiService.ZEC, "DescribeNetworkInterfaces", null, Probe.Page.class);

        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.dataSet()).containsExactly(
                new Probe.Item("nic-1", "a"), new Probe.Item("nic-2", "b"));
    }

    @Test
    void turnsAnErrorEnvelopeIntoAnExceptionCarryingItsRule() {
        test.enqueue(TestServer.error(400, "T9", "INVALID_INSTANCE_NIC_LIMIT",
                "instance i-1 already has 2 of 2 vNICs [CAP-VNICS]"));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> test.transport.call(
                ApiService.ZEC, "AttachNetworkInterface", null, Probe.Empty.class));

        assertThat(failure.code()).isEqualTo("INVALID_INSTANCE_NIC_LIMIT");
        assertThat(failure.getMessage())
                .isEqualTo("instance i-1 already has 2 of 2 vNICs [CAP-VNICS]");
        assertThat(failure.requestId()).contains("T9");
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.rule()).contains(RuleId.CAP_VNICS);
    }

    @Test
    void leavesTheRuleEmptyWhenTheMessageNamesNoCatalogueRule() {
        test.enqueue(TestServer.error(404, "T1", "INVALID_NIC_NOT_FOUND", "no nic-9 [NOT-A-RULE]"),
                TestServer.error(404, "T2", "INVALID_NIC_NOT_FOUND", "no nic-9"));

        ApiException unknownTag = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DeleteNetworkInterface", null,
                        Probe.Empty.class));
        ApiException noTag = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DeleteNetworkInterface", null,
                        Probe.Empty.class));

        assertThat(unknownTag.rule()).isEmpty();
        assertThat(noTag.rule()).isEmpty();
    }

    @Test
    void reportsAnErrorBodyThatIsNotJsonAsJsonParseFailed() {
        test.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());

        ApiException failure = catchThrowableOfType(ApiException.class, () -> test.transport.call(
                ApiService.ZEC, "CreateVpc", null, Probe.Empty.class));

        assertThat(failure.code()).isEqualTo(ApiException.JSON_PARSE_FAILED);
        assertThat(failure.httpStatus()).isEqualTo(502);
        assertThat(failure.requestId()).isEmpty();
        assertThat(failure.getMessage()).contains("502").contains("Bad gateway");
    }

    @Test
    void reportsASuccessWithoutResponseObjectAsJsonParseFailed() {
        test.enqueue(TestServer.json(200, "{\"requestId\":\"T1\",\"response\":null}"));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> test.transport.call(
                ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(failure.code()).isEqualTo(ApiException.JSON_PARSE_FAILED);
        assertThat(failure.httpStatus()).isEqualTo(200);
    }

    @Test
    void reportsAResponseOfTheWrongShapeAsJsonParseFailedWithTheRequestId() {
        test.enqueue(TestServer.ok("T7", "\"totalCount\":\"many\""));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> test.transport.call(
                ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(failure.code()).isEqualTo(ApiException.JSON_PARSE_FAILED);
        assertThat(failure.requestId()).contains("T7");
    }

    @Test
    void reportsProxyBlocksWithTheSdkLocalCodes() {
        test.enqueue(new MockResponse.Builder().code(451).body("blocked").build(),
                new MockResponse.Builder().code(403).setHeader("cf-mitigated", "challenge")
                        .body("<html/>").build());

        ApiException blocked = catchThrowableOfType(ApiException.class, () -> test.transport.call(
                ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));
        ApiException challenged = catchThrowableOfType(ApiException.class, () ->
                test.transport.call(ApiService.ZEC, "DescribeVpcs", null, Probe.Page.class));

        assertThat(blocked.code()).isEqualTo(ApiException.REQUEST_BLOCKED);
        assertThat(challenged.code()).isEqualTo(ApiException.SECURITY_CHALLENGE);
    }
}
