package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.rules.RuleId;

/**
 * Every rule of RULES.md has a test showing it enforced (a refusal, or for a rule no request can
 * break, its invariant holding) and one showing its allowed case, and docs/rules-to-tests.md
 * lists each of them in the rule's row.
 */
class RuleCoverageTest {

    private static final List<Class<?>> RULE_TESTS = List.of(PlacementRulesTest.class,
            PrimaryElasticRulesTest.class, CapacityRulesTest.class,
            ResizeAndHostVfRulesTest.class, AddressRulesTest.class, Ipv6AndMacRulesTest.class,
            EipRulesTest.class, BoundaryRulesTest.class, HostMigrationRulesTest.class,
            GuestPlanRulesTest.class);

    private static final Path DOC = Path.of("docs", "rules-to-tests.md");

    /** The document, found from the working directory (the module's or the project's) upwards. */
    private static Path document() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve(DOC))) {
            directory = directory.getParent();
        }
        assertThat(directory).as(DOC + " above the working directory").isNotNull();
        return directory.resolve(DOC);
    }

    private static Map<RuleId, List<String>> testsMarkedBy(
            Function<Method, RuleId[]> marks) {
        Map<RuleId, List<String>> tests = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            tests.put(rule, new ArrayList<>());
        }
        for (Class<?> type : RULE_TESTS) {
            for (Method method : type.getDeclaredMethods()) {
                for (RuleId rule : marks.apply(method)) {
                    tests.get(rule).add(type.getSimpleName() + "#" + method.getName());
                }
            }
        }
        return tests;
    }

    private static RuleId[] refuses(Method method) {
        Refuses mark = method.getAnnotation(Refuses.class);
        return mark == null ? new RuleId[0] : mark.value();
    }

    private static RuleId[] holds(Method method) {
        Holds mark = method.getAnnotation(Holds.class);
        return mark == null ? new RuleId[0] : mark.value();
    }

    private static RuleId[] allows(Method method) {
        Allows mark = method.getAnnotation(Allows.class);
        return mark == null ? new RuleId[0] : mark.value();
    }

    @Test
    void everyRuleHasAnEnforcedTestAndAnAllowedTest() {
        Map<RuleId, List<String>> refused = testsMarkedBy(RuleCoverageTest::refuses);
        Map<RuleId, List<String>> held = testsMarkedBy(RuleCoverageTest::holds);
        Map<RuleId, List<String>> allowed = testsMarkedBy(RuleCoverageTest::allows);

        List<RuleId> unenforced = Arrays.stream(RuleId.values())
                .filter(rule -> refused.get(rule).isEmpty() && held.get(rule).isEmpty())
                .toList();
        List<RuleId> unallowed = Arrays.stream(RuleId.values())
                .filter(rule -> allowed.get(rule).isEmpty()).toList();

        assertThat(unenforced).as("rules without a refusal or invariant test").isEmpty();
        assertThat(unallowed).as("rules without an allowed-case test").isEmpty();
    }

    @Test
    void theRulesToTestsDocumentNamesEveryMarkedTestInItsRulesRow() throws IOException {
        List<String> lines = Files.readAllLines(document());
        List<Map<RuleId, List<String>>> marked = List.of(
                testsMarkedBy(RuleCoverageTest::refuses), testsMarkedBy(RuleCoverageTest::holds),
                testsMarkedBy(RuleCoverageTest::allows));

        for (RuleId rule : RuleId.values()) {
            String row = lines.stream().filter(line -> line.startsWith("| `" + rule.id() + "` |"))
                    .findFirst().orElse("");

            assertThat(row).as("row of " + rule.id()).isNotEmpty();
            for (Map<RuleId, List<String>> tests : marked) {
                tests.get(rule).forEach(test ->
                        assertThat(row).as("row of " + rule.id()).contains(test));
            }
        }
    }
}
