package org.vnicconsole.control.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.vnicconsole.control.operator.CatalogueActions;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/** Actions that exercise the wire layer: typed parameters, a rule refusal, a crash, a page. */
final class TestActions {

    static final String ECHO = "TestEcho";
    static final String REFUSE = "TestRefuse";
    static final String CRASH = "TestCrash";
    static final String PAGE = "TestPage";
    static final String CRASH_DETAIL = "detail-that-must-stay-in-the-log";

    private TestActions() {
    }

    static void register(ActionRegistry registry) {
        registry.register("zec", ECHO, TestActions::echo);
        registry.register("zec", REFUSE, request -> {
            throw Refusal.of(RuleId.CAP_VNICS, "INVALID_INSTANCE_NIC_LIMIT", 400,
                    "the instance already has 2 vNICs, its limit");
        });
        registry.register("zec", CRASH, request -> {
            throw new IllegalStateException(CRASH_DETAIL);
        });
        registry.register("zec", PAGE, request -> request.page()
                .slice(IntStream.rangeClosed(1, 45).boxed().toList()));
        CatalogueActions.register(registry);
    }

    private static Object echo(ActionRequest request) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", request.requiredString("name", 2, 63));
        result.put("count", request.requiredInt("count", 1, 10));
        result.put("flag", request.optionalBool("flag").orElse(false));
        result.put("ids", request.optionalStringList("ids", 3));
        result.put("status", request.optionalEnum("status", ZecValues.NIC_STATUS).orElse(null));
        result.put("caller", request.caller().keyId());
        result.put("emptyList", List.of());
        return result;
    }
}
