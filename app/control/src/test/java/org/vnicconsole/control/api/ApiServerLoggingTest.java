package org.vnicconsole.control.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.api.ApiTestServer.OPERATOR;
import static org.vnicconsole.control.api.ApiTestServer.TENANT;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.api.ApiTestServer.Reply;
import org.vnicconsole.control.auth.AccessKey;

class ApiServerLoggingTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger http = (Logger) LoggerFactory.getLogger("vnic.http");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level httpLevel;

    @BeforeEach
    void captureLogs() {
        httpLevel = http.getLevel();
        http.setLevel(Level.INFO);
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(events);
        http.setLevel(httpLevel);
    }

    @Test
    void logsOneLinePerRequestWithActionStatusAndRequestId() {
        Reply reply;
        try (ApiTestServer server = ApiTestServer.start()) {
            reply = server.call(OPERATOR, "operator", "DescribeCapacityTable", "{}");
        }

        List<String> lines = messagesOf("vnic.http");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("operator", "DescribeCapacityTable", "200",
                reply.json().get("requestId").asText(), OPERATOR.keyId());
    }

    @Test
    void neverLogsASecretNorASignature() {
        AccessKey wrong = new AccessKey(TENANT.keyId(), "wrong-secret-for-tests", Role.TENANT);
        try (ApiTestServer server = ApiTestServer.start()) {
            server.call(TENANT, "zec", TestActions.ECHO, "{\"name\":\"ab\",\"count\":1}");
            server.call(wrong, "zec", TestActions.ECHO, "{}");
            server.call(TENANT, "zec", TestActions.CRASH, "{}");
        }

        String everything = String.join("\n", events.list.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null
                        ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList());
        assertThat(messagesOf("vnic.http")).hasSize(3);
        assertThat(everything).contains(TestActions.CRASH_DETAIL)
                .doesNotContain(TENANT.secret(), OPERATOR.secret(), "wrong-secret-for-tests",
                        "Signature=");
    }

    private List<String> messagesOf(String loggerName) {
        return events.list.stream()
                .filter(event -> event.getLoggerName().equals(loggerName))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
