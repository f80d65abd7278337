package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.client.internal.RequestSigner;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.zec.ZecApi;

/**
 * Thousands of random, malformed but correctly signed requests against every zec and operator
 * action over a small fleet: bodies mixing real ids with garbage, wrong JSON types, huge and
 * negative numbers, overlong names, addresses outside or reserved in their subnet, and raw bytes
 * that are not JSON at all. No reply may be a 5xx, every reply is the envelope of reference
 * section 3, no call may hang (each has a 20 s limit), and the store's invariants hold after
 * each property.
 */
class ApiFuzzPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> OPERATOR_ACTIONS = List.of(OperatorApi.DESCRIBE_HOSTS,
            OperatorApi.REGISTER_HOST_INVENTORY, OperatorApi.MIGRATE_INSTANCE,
            OperatorApi.DESCRIBE_MIGRATION, OperatorApi.DESCRIBE_GUEST_PLAN,
            OperatorApi.CHECK_INVARIANTS, OperatorApi.DESCRIBE_RULE_CATALOGUE,
            OperatorApi.DESCRIBE_CAPACITY_TABLE);

    private static ApiScenario fleet;
    private static Map<String, List<String>> ids;
    private static OkHttpClient http;
    private static RequestSigner tenant;
    private static RequestSigner operator;

    @BeforeContainer
    static void startFleet() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String subnet = fleet.subnet(vpc, ApiScenario.REGION, "web", "10.1.1.0/24");
        String dual = fleet.dualStackSubnet(vpc, ApiScenario.REGION, "v6", "10.1.2.0/24",
                "Public");
        List<String> instances = List.of(
                fleet.launch("web-1", "z2a.cpu.4", ApiScenario.ZONE, subnet),
                fleet.launch("web-2", "z2a.cpu.1", ApiScenario.ZONE, dual),
                fleet.launch("edge-1", "z2a.cpu.16", ApiScenario.SMALL_ZONE, subnet));
        List<String> nics = new ArrayList<>(List.of(fleet.elasticNic("spare", subnet),
                fleet.elasticNic("spare6", dual)));
        instances.forEach(id -> nics.add(fleet.primaryOf(id).nicId()));
        ids = new HashMap<>(Map.of("nicId", nics, "instanceId", instances,
                "subnetId", List.of(subnet, dual), "vpcId", List.of(vpc),
                "eipId", List.of(fleet.eip(ApiScenario.REGION), fleet.eip(ApiScenario.REGION)),
                "zoneId", List.of(ApiScenario.ZONE, ApiScenario.SMALL_ZONE, "mars-1a"),
                "regionId", List.of(ApiScenario.REGION, ApiScenario.FAR_REGION),
                "securityGroupId", List.of(fleet.defaultGroup()),
                "hostId", List.of(fleet.hostId("host-a1"), fleet.hostId("host-a2"),
                        fleet.hostId("host-c2")),
                "imageId", List.of(ApiScenario.IMAGE, "no-image")));
        ids.put("migrationId", List.of("mig-nope"));
        http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
        tenant = new RequestSigner(fleet.api().tenantTransport().config());
        operator = new RequestSigner(fleet.api().operatorTransport().config());
    }

    @AfterContainer
    static void stopFleet() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        fleet.close();
    }

    @AfterProperty
    void theStoreStaysSound() {
        assertThat(fleet.violations()).isEmpty();
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
    void randomSignedBodiesOnEveryActionGetAnEnvelopeAndNever5xx(
            @ForAll("actions") String action, @ForAll("bodies") ObjectNode body)
            throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);

        Reply reply = send(action, bytes);

        assertEnvelope(action, body.toString(), reply);
    }

    @Property(tries = 500, shrinking = ShrinkingMode.OFF)
    void malformedSignedBodiesGetA4xxEnvelope(@ForAll("actions") String action,
            @ForAll("malformed") String body) throws IOException {
        Reply reply = send(action, body.getBytes(StandardCharsets.UTF_8));

        assertEnvelope(action, body, reply);
        assertThat(reply.status()).as(action + " " + abbreviate(body)).isBetween(400, 499);
    }

    @Example
    void aBodyWithContentAfterTheJsonObjectIsRefusedAsInvalidJson() throws IOException {
        Reply reply = send(ZecApi.DESCRIBE_VPCS, "{} {\"vpcIds\":[]}".getBytes(
                StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(MAPPER.readTree(reply.body()).path("code").asText())
                .isEqualTo("INVALID_PARAMETER_VALUE");
    }

    private static Reply send(String action, byte[] bytes) throws IOException {
        boolean operatorAction = OPERATOR_ACTIONS.contains(action);
        Request request = operatorAction
                ? operator.sign(ApiService.OPERATOR, action, bytes, Instant.now())
                : tenant.sign(ApiService.ZEC, action, bytes, Instant.now());
        try (Response response = http.newCall(request).execute()) {
            return new Reply(response.code(), response.body().string());
        }
    }

    private static void assertEnvelope(String action, String body, Reply reply)
            throws IOException {
        String what = action + " " + abbreviate(body) + " -> " + reply.status() + " "
                + abbreviate(reply.body());
        assertThat(reply.status()).as(what).isBetween(200, 499);
        JsonNode json = MAPPER.readTree(reply.body());
        assertThat(json.path("requestId").asText()).as(what).startsWith("T");
        if (reply.status() == 200) {
            assertThat(json.path("response").isObject()).as(what).isTrue();
            assertThat(json.path("response").path("requestId").asText())
                    .isEqualTo(json.path("requestId").asText());
        } else {
            assertThat(json.path("code").isTextual()).as(what).isTrue();
            assertThat(json.path("message").isTextual()).as(what).isTrue();
            assertThat(json.has("response")).as(what).isFalse();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    @Provide
    Arbitrary<String> actions() {
        List<String> known = new ArrayList<>(ZecApi.ACTIONS);
        known.addAll(OPERATOR_ACTIONS);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(known)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("DescribeNothing", "describeVpcs",
                        "CreateVpc ", "x".repeat(200))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('!', '~')
                        .ofMinLength(1).ofMaxLength(30)));
    }

    @Provide
    Arbitrary<ObjectNode> bodies() {
        return FuzzValues.bodies(ids);
    }

    @Provide
    Arbitrary<String> malformed() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60).filter(text -> !text.isBlank()
                        && !text.trim().equals("{}")),
                Arbitraries.of("{", "{\"nicId\":", "[1,2]", "\"text\"", "42", "null", "true",
                        "{\"a\":1,\"a\":2}", "{\"nicId\":\"a\"}}", "{'nicId':'a'}",
                        "{\"n\":" + "9".repeat(150) + "}", "[".repeat(100) + "]".repeat(100),
                        "{\"a\":" + "[".repeat(80) + "]".repeat(80) + "}", "\uFEFF{}x",
                        "{\"nicId\":\"\\ud800\"", "{\"pageSize\":1e99999"));
    }

    private record Reply(int status, String body) {
    }
}
