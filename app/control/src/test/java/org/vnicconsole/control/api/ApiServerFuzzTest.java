package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.vnicconsole.control.api.ApiTestServer.Reply;

/**
 * Throws thousands of random and malformed requests at a real server: random bytes, broken and
 * deeply nested JSON, fields of the wrong type, unknown actions, corrupted signatures and
 * headers. None may get a 5xx or hang; every reply from the API route is a JSON envelope.
 */
class ApiServerFuzzTest {

    private static final List<String> ACTIONS = List.of(TestActions.ECHO, TestActions.PAGE,
            TestActions.REFUSE, "DescribeRuleCatalogue", "", "Describe\u00e9", "x".repeat(300));
    private static final List<String> VALUES = List.of("null", "true", "0", "-1", "1e400",
            "2147483648", "1.5", "\"\"", "\"web-1\"", "[]", "[1,\"a\"]", "{}", "{\"a\":[{}]}",
            "\"\\u0000\"", "99999999999999999999999", "-0.0", "\"USED\"");

    private static ApiTestServer server;

    @BeforeContainer
    static void startServer() {
        server = ApiTestServer.start(options -> options.withMaxBodyBytes(16 * 1024));
    }

    @AfterContainer
    static void stopServer() {
        server.close();
    }

    @Property(tries = 1500, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void signedRequestsWithRandomBodiesNeverGetA5xx(
            @ForAll("actions") String action, @ForAll("bodies") String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Reply reply = server.post("zec", server.signed(ApiTestServer.TENANT, action, bytes), bytes);

        assertEnvelope(reply);
    }

    @Property(tries = 1000, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void requestsWithRandomHeadersNeverGetA5xx(@ForAll("headerNames") String name,
            @ForAll("headerValues") String value, @ForAll("services") String service) {
        byte[] bytes = "{\"name\":\"ab\",\"count\":1}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers =
                new HashMap<>(server.signed(ApiTestServer.OPERATOR, TestActions.ECHO, bytes));
        headers.put(name, value);

        Reply reply = server.post(service, headers, bytes);

        assertEnvelope(reply);
    }

    private static void assertEnvelope(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 499);
        if (reply.contentType().startsWith("application/json")) {
            assertThat(reply.json().path("requestId").asText()).startsWith("T");
            assertThat(reply.status() == 200 || reply.json().has("code")).isTrue();
        }
    }

    @Provide
    Arbitrary<String> actions() {
        return Arbitraries.oneOf(Arbitraries.of(ACTIONS),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> field = Arbitraries.of("name", "count", "flag", "ids", "status",
                "pageSize", "pageNum", "", "\u00fc");
        Arbitrary<String> member = Combinators.combine(field, Arbitraries.of(VALUES))
                .as((name, value) -> "\"" + name + "\":" + value);
        Arbitrary<String> object = member.list().ofMaxSize(6)
                .map(members -> "{" + String.join(",", members) + "}");
        Arbitrary<String> truncated = Combinators.combine(object, Arbitraries.integers()
                .between(0, 40)).as((json, cut) -> json.substring(0, Math.min(cut, json.length())));
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3000)
                .map(depth -> "[".repeat(depth) + "]".repeat(depth));
        return Arbitraries.oneOf(object, truncated, nested, Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of(VALUES), Arbitraries.just("x".repeat(20_000)));
    }

    @Provide
    Arbitrary<String> headerNames() {
        return Arbitraries.of("Authorization", "x-zc-timestamp", "x-zc-action", "x-zc-version",
                "x-zc-service", "Content-Type", "x-zc-signature-method", "x-other");
    }

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120),
                Arbitraries.of("ZC2-HMAC-SHA256 Credential=, SignedHeaders=;, Signature=",
                        "ZC2-HMAC-SHA256 Credential=OKTESTOPERATORKEY001, SignedHeaders="
                                + "content-type;host;x-zc-action, Signature=" + "0".repeat(64),
                        "ZC2-HMAC-SHA256 ,,,===", "99999999999999999999", "-1", "2025-09-01"));
    }

    @Provide
    Arbitrary<String> services() {
        return Arbitraries.of("zec", "operator", "bmc", "zec.", "%7e", "z".repeat(200));
    }
}
