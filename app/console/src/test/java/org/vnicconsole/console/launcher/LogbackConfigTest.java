package org.vnicconsole.console.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The launcher's logging configuration is well-formed and logs to standard error. */
class LogbackConfigTest {

    @Test
    void logsToStandardErrorSoCommandOutputStaysClean() throws Exception {
        try (InputStream in = Main.class.getResourceAsStream("/logback.xml")) {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(in);

            assertThat(document.getElementsByTagName("target").item(0).getTextContent())
                    .isEqualTo("System.err");
        }
    }
}
