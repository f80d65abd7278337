package org.vnicconsole.agent.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/agent.md's findings catalogue names every finding kind with its rule and severity. */
class FindingsCatalogueDocTest {

    @Test
    void docsListEveryFindingKindWithItsRuleAndSeverity() throws Exception {
        Path docs = Path.of("../../docs/agent.md");
        assumeThat(Files.isRegularFile(docs)).as("run from app/agent in the worktree").isTrue();
        String text = Files.readString(docs);

        for (FindingKind kind : FindingKind.values()) {
            assertThat(text).contains("| `" + kind.name() + "` | " + kind.severity().label()
                    + " | " + kind.rule().id() + " |");
            assertThat(text).contains(kind.fix());
        }
    }
}
