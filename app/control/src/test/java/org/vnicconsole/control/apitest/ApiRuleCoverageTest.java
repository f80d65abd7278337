package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.rules.RuleId;

/**
 * The "API test" column of docs/rules-to-tests.md names, for every rule id, at least one test of
 * this package, and every test it names exists here as a JUnit test method.
 */
class ApiRuleCoverageTest {

    private static final Path DOC = Path.of("docs", "rules-to-tests.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9-]+)` \\|.*\\|([^|]*)\\|$");
    private static final Pattern TEST = Pattern.compile("`(\\w+)#(\\w+)`");

    @Test
    void everyRuleNamesAnApiTestThatExists() throws IOException, ClassNotFoundException {
        Map<String, List<String[]>> column = apiColumn();

        List<String> missing = Arrays.stream(RuleId.values()).map(RuleId::id)
                .filter(id -> column.getOrDefault(id, List.of()).isEmpty()).toList();
        assertThat(missing).as("rules without an API test").isEmpty();
        for (List<String[]> tests : column.values()) {
            for (String[] test : tests) {
                Class<?> type = Class.forName(getClass().getPackageName() + "." + test[0]);
                assertThat(Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> method.getName().equals(test[1]))
                        .filter(ApiRuleCoverageTest::isTest))
                        .as(test[0] + "#" + test[1]).hasSize(1);
            }
        }
    }

    private static Map<String, List<String[]>> apiColumn() throws IOException {
        Map<String, List<String[]>> column = new HashMap<>();
        for (String line : Files.readAllLines(document())) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            List<String[]> tests = new ArrayList<>();
            Matcher test = TEST.matcher(row.group(2));
            while (test.find()) {
                tests.add(new String[] {test.group(1), test.group(2)});
            }
            column.put(row.group(1), tests);
        }
        return column;
    }

    private static Path document() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve(DOC))) {
            directory = directory.getParent();
        }
        assertThat(directory).as(DOC + " above the working directory").isNotNull();
        return directory.resolve(DOC);
    }

    private static boolean isTest(Method method) {
        return method.isAnnotationPresent(Test.class);
    }
}
