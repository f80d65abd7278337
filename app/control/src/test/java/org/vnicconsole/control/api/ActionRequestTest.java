package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.AttachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.CreateVpcRequest;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.error.Refusal;

class ActionRequestTest {

    private static final Caller CALLER = new Caller("AKTEST", Role.TENANT);

    @Test
    void readsTypedValues() {
        ActionRequest request = request("{\"name\":\"web-1\",\"count\":3,\"ratio\":0.5,"
                + "\"flag\":true,\"ids\":[\"a\",\"b\"],\"status\":\"USED\",\"none\":null}");

        assertThat(request.requiredString("name", 2, 63)).isEqualTo("web-1");
        assertThat(request.requiredInt("count", 1, 10)).isEqualTo(3);
        assertThat(request.optionalNumber("ratio", 0, 1)).contains(0.5);
        assertThat(request.requiredBool("flag")).isTrue();
        assertThat(request.requiredStringList("ids", 5)).containsExactly("a", "b");
        assertThat(request.requiredEnum("status", List.of("USED"))).isEqualTo("USED");
        assertThat(request.optionalString("none")).isEmpty();
        assertThat(request.has("none")).isFalse();
    }

    @Test
    void acceptsAWholeNumberWrittenWithAFraction() {
        assertThat(request("{\"count\":3.0}").requiredInt("count", 1, 10)).isEqualTo(3);
    }

    @Test
    void refusesEachKindOfBadValueWithItsPublicCode() {
        ActionRequest request = request("{\"name\":\"a\",\"long\":\"" + "x".repeat(64) + "\","
                + "\"count\":\"3\",\"big\":11,\"small\":0,\"frac\":1.5,\"huge\":1e400,"
                + "\"ids\":[\"a\",2],\"many\":[\"a\",\"b\",\"c\"],\"empty\":[],"
                + "\"status\":\"used\",\"flag\":\"true\"}");

        assertCode(() -> request.requiredString("missing"), "MISSING_PARAMETER");
        assertCode(() -> request.requiredString("name", 2, 63), "INVALID_PARAMETER_LESS_LENGTH");
        assertCode(() -> request.requiredString("long", 2, 63), "INVALID_PARAMETER_EXCEED_LENGTH");
        assertCode(() -> request.requiredInt("count", 1, 10), "INVALID_PARAMETER_TYPE");
        assertCode(() -> request.requiredInt("big", 1, 10), "INVALID_PARAMETER_EXCEED_MAXIMUM");
        assertCode(() -> request.requiredInt("small", 1, 10), "INVALID_PARAMETER_LESS_MINIMUM");
        assertCode(() -> request.requiredInt("frac", 1, 10), "INVALID_PARAMETER_TYPE");
        assertCode(() -> request.requiredInt("huge", 1, 10), "INVALID_PARAMETER_EXCEED_MAXIMUM");
        assertCode(() -> request.requiredStringList("ids", 5), "INVALID_PARAMETER_TYPE");
        assertCode(() -> request.requiredStringList("many", 2), "INVALID_PARAMETER_EXCEED_LENGTH");
        assertCode(() -> request.requiredStringList("empty", 2), "INVALID_PARAMETER_LESS_LENGTH");
        assertCode(() -> request.requiredEnum("status", List.of("USED")),
                "INVALID_PARAMETER_VALUE");
        assertCode(() -> request.requiredBool("flag"), "INVALID_PARAMETER_TYPE");
    }

    @Test
    void checksNamesAgainstThePublicNamePatterns() {
        Pattern nicName = Pattern.compile(ZecValues.NIC_OR_EIP_NAME_PATTERN);
        ActionRequest request = request("{\"good\":\"app_eth-1.a\",\"bad\":\"-eth1\"}");

        assertThat(request.requiredMatching("good", 2, 63, nicName, "a vNIC name"))
                .isEqualTo("app_eth-1.a");
        assertCode(() -> request.requiredMatching("bad", 2, 63, nicName, "a vNIC name"),
                "INVALID_PARAMETER_PATTERN_ERROR");
    }

    @Test
    void namesTheFieldInTheRefusal() {
        assertThatThrownBy(() -> request("{}").requiredString("nicId"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).contains("nicId");
                    assertThat(refusal.getMessage()).contains("nicId");
                });
    }

    @Test
    void pagesWithDefaultsAndBounds() {
        assertThat(request("{}").page()).isEqualTo(new PageRequest(1, 20));
        assertThat(request("{\"pageNum\":2,\"pageSize\":1000}").page())
                .isEqualTo(new PageRequest(2, 1000));
        assertCode(() -> request("{\"pageSize\":0}").page(), "INVALID_PARAMETER_LESS_MINIMUM");
        assertCode(() -> request("{\"pageNum\":0}").page(), "INVALID_PARAMETER_LESS_MINIMUM");
    }

    @Test
    void slicesAPageAndCountsEveryMatch() {
        Page<Integer> page = new PageRequest(2, 2).slice(List.of(1, 2, 3, 4, 5));
        Page<Integer> beyond = new PageRequest(9, 2).slice(List.of(1, 2, 3));

        assertThat(page).isEqualTo(new Page<>(5, List.of(3, 4)));
        assertThat(beyond).isEqualTo(new Page<>(3, List.of()));
    }

    @Test
    void bindsToAWireRecordIgnoringUnknownFields() {
        AttachNetworkInterfaceRequest bound = request(
                "{\"nicId\":\"nic-1\",\"instanceId\":\"ins-1\",\"extra\":1}")
                .bind(AttachNetworkInterfaceRequest.class);

        assertThat(bound).isEqualTo(new AttachNetworkInterfaceRequest("nic-1", "ins-1"));
    }

    @Test
    void refusesToBindAWrongTypeNamingTheField() {
        assertThatThrownBy(() -> request("{\"name\":\"v\",\"mtu\":\"1500\"}")
                .bind(CreateVpcRequest.class))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("INVALID_PARAMETER_TYPE");
                    assertThat(refusal.field()).contains("mtu");
                });
    }

    private static ActionRequest request(String json) {
        try {
            ObjectNode params = (ObjectNode) WireJson.mapper().readTree(json);
            return ActionRequest.of("zec", "Test", CALLER, params);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.code()).as(refusal.getMessage()).isEqualTo(code));
    }
}
