package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class RequestSigningTest {

    @AutoClose
    private final TestServer test = new TestServer();

    @Test
    void independentSignerReproducesTheReferenceVectors() {
        byte[] loopbackBody = "{\"pageNum\":1,\"pageSize\":10}".getBytes(StandardCharsets.UTF_8);
        byte[] docsBody = "{\"pageSize\":10,\"pageNum\":1,\"zoneId\":\"HKG-A\"}"
                .getBytes(StandardCharsets.UTF_8);

        String loopback = IndependentSignature.sign("SECRETEXAMPLE", "application/json",
                "127.0.0.1:8080", "1700000000", loopbackBody);
        String docs = IndependentSignature.sign("Gu5t9xGARNpq86cd98joQYCN3",
                "application/json; charset=utf-8", "console.zenlayer.com", "1673361177", docsBody);

        assertThat(loopback)
                .isEqualTo("8e2bd9036999166090141fe94777365ed1d1084a6b3d90893a48c26ca46c3daa");
        assertThat(docs)
                .isEqualTo("efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f");
    }

    @Test
    void signsExactlyTheContentTypeHostAndBodyItSends() throws Exception {
        test.enqueue(TestServer.ok("T1", "\"totalCount\":0,\"dataSet\":[]"));

        test.transport.call(ApiService.ZEC, "DescribeNetworkInterfaces",
                Probe.Query.page(1, 10), Probe.Page.class);

        RecordedRequest request = test.take();
        Headers headers = request.getHeaders();
        byte[] body = request.getBody().toByteArray();
        String expected = IndependentSignature.sign(TestServer.SECRET,
                headers.get("Content-Type"), headers.get("Host"),
                headers.get("x-zc-timestamp"), body);
        assertThat(headers.get("Authorization")).isEqualTo("ZC2-HMAC-SHA256 Credential="
                + TestServer.KEY_ID + ", SignedHeaders=content-type;host, Signature=" + expected);
        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo("{\"pageNum\":1,\"pageSize\":10}");
    }

    @Test
    void sendsTheWireHeadersOfTheReference() throws Exception {
        test.enqueue(TestServer.ok("T1", "\"totalCount\":0,\"dataSet\":[]"));

        test.transport.call(ApiService.ZEC, "DescribeNetworkInterfaces", null, Probe.Page.class);

        RecordedRequest request = test.take();
        Headers headers = request.getHeaders();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v2/zec");
        assertThat(headers.get("Host"))
                .isEqualTo(test.server.getHostName() + ":" + test.server.getPort());
        assertThat(headers.get("Content-Type")).isEqualTo("application/json");
        assertThat(headers.get("x-zc-version")).isEqualTo("2025-09-01");
        assertThat(headers.get("x-zc-service")).isEqualTo("zec");
        assertThat(headers.get("x-zc-action")).isEqualTo("DescribeNetworkInterfaces");
        assertThat(headers.get("x-zc-timestamp")).isEqualTo("1700000000");
        assertThat(headers.get("x-zc-signature-method")).isEqualTo("ZC2-HMAC-SHA256");
        assertThat(headers.get("x-zc-sdk-lang")).isEqualTo("java");
        assertThat(headers.get("x-zc-request-client")).isEqualTo("vnic-console");
    }

    @Test
    void sendsAnEmptyObjectForNoRequestAndLeavesOutUnsetFields() throws Exception {
        test.enqueue(TestServer.ok("T1", ""), TestServer.ok("T2", ""));

        test.transport.call(ApiService.ZEC, "DescribeNetworkInterfaceRegions", null,
                Probe.Empty.class);
        test.transport.call(ApiService.ZEC, "DeleteNetworkInterface",
                new Probe.Query(null, null, "nic-1", null), Probe.Empty.class);

        assertThat(test.take().getBody().utf8()).isEqualTo("{}");
        assertThat(test.take().getBody().utf8()).isEqualTo("{\"nicId\":\"nic-1\"}");
    }

    @Test
    void sendsOperatorActionsToTheOperatorPath() throws Exception {
        test.enqueue(TestServer.ok("T1", ""));

        test.transport.call(ApiService.OPERATOR, "DescribeRuleCatalogue", null, Probe.Empty.class);

        RecordedRequest request = test.take();
        assertThat(request.getTarget()).isEqualTo("/api/v2/operator");
        assertThat(request.getHeaders().get("x-zc-service")).isEqualTo("operator");
        assertThat(request.getHeaders().get("x-zc-action")).isEqualTo("DescribeRuleCatalogue");
    }

    @Test
    void signsEachRetryAgainWithItsOwnTimestamp() throws Exception {
        test.enqueue(TestServer.error(429, "T1", "REQUEST_LIMIT_EXCEEDED", "slow down"),
                TestServer.ok("T2", ""));

        test.transport.call(ApiService.ZEC, "DescribeNetworkInterfaceRegions", null,
                Probe.Empty.class);

        RecordedRequest first = test.take();
        RecordedRequest second = test.take();
        assertThat(first.getHeaders().get("x-zc-timestamp")).isEqualTo("1700000000");
        assertThat(second.getHeaders().get("x-zc-timestamp")).isEqualTo("1700000001");
        assertThat(second.getHeaders().get("Authorization")).endsWith(IndependentSignature.sign(
                TestServer.SECRET, "application/json", second.getHeaders().get("Host"),
                "1700000001", second.getBody().toByteArray()));
    }
}
