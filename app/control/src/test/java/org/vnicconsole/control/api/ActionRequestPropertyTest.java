package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vnicconsole.model.api.zec.CreateZecInstancesRequest;
import org.vnicconsole.model.error.Refusal;

/**
 * Whatever JSON value a field holds, every accessor of {@link ActionRequest} either returns a
 * value or refuses with a 400 {@link Refusal}; nothing else escapes to become a 500.
 */
class ActionRequestPropertyTest {

    private static final List<Consumer<ActionRequest>> ACCESSORS = List.of(
            request -> request.requiredString("f", 2, 63),
            request -> request.optionalString("f"),
            request -> request.requiredInt("f", 1, 100),
            request -> request.optionalInt("f", Integer.MIN_VALUE, Integer.MAX_VALUE),
            request -> request.optionalNumber("f", 0, 1000),
            request -> request.requiredBool("f"),
            request -> request.requiredStringList("f", 3),
            request -> request.requiredEnum("f", List.of("A", "B")),
            request -> request.requiredMatching("f", 1, 10, Pattern.compile("[a-z]+"), "letters"),
            ActionRequest::page,
            request -> request.bind(CreateZecInstancesRequest.class));

    @Property(tries = 600)
    void everyAccessorReturnsOrRefusesWith400(@ForAll("values") String json,
            @ForAll("fields") String field) throws Exception {
        ObjectNode params = WireJson.mapper().createObjectNode();
        params.set(field, WireJson.mapper().readTree(json));
        ActionRequest request = ActionRequest.of(
                "zec", "Test", new Caller("AK", Role.TENANT), params);

        for (Consumer<ActionRequest> accessor : ACCESSORS) {
            try {
                accessor.accept(request);
            } catch (Refusal refusal) {
                assertThat(refusal.status()).isEqualTo(400);
            }
        }
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("f", "pageSize", "pageNum", "instanceCount", "tags", "eipIds",
                "enableIpForward", "trafficPackageSize", "marketingOptions");
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.longs().map(Object::toString),
                Arbitraries.doubles().map(Object::toString),
                Arbitraries.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890",
                        "0.0", "-0", "3.000"));
        Arbitrary<String> strings = Arbitraries.strings().ofMaxLength(80)
                .map(text -> WireJson.mapper().valueToTree(text).toString());
        Arbitrary<String> fixed = Arbitraries.of("null", "true", "false", "[]", "{}",
                "[\"a\",\"b\"]", "[1]", "[null]", "{\"tags\":[{\"key\":1}]}", "[[\"a\"]]");
        return Arbitraries.oneOf(numbers, strings, fixed);
    }
}
