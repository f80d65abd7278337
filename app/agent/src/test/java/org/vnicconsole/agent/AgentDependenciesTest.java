package org.vnicconsole.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The agent depends on {@code model} only among the project's modules (ARCHITECTURE.md:
 * agent -> model), and never on JavaFX.
 */
class AgentDependenciesTest {

    @Test
    void importsNoProjectModuleButModelAndNoJavaFx() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offending;
        try (Stream<Path> files = Files.walk(sources)) {
            offending = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(AgentDependenciesTest::imports)
                    .filter(line -> line.startsWith("import org.vnicconsole.")
                            && !line.startsWith("import org.vnicconsole.agent.")
                            && !line.startsWith("import org.vnicconsole.model.")
                            || line.startsWith("import javafx."))
                    .toList();
        }

        assertThat(offending).isEmpty();
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith("import "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
