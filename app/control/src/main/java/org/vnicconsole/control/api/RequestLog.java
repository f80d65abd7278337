package org.vnicconsole.control.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-request log line, on its own logger {@value #LOGGER_NAME} so it can be switched on or
 * off alone: service, action, status, duration, request id and key id. Never a secret, a
 * signature or a body. Caller-supplied text is cut short and stripped of control characters so a
 * request cannot forge log lines. Thread-safe.
 */
final class RequestLog {

    /** The logger name of HTTP traffic. */
    static final String LOGGER_NAME = "vnic.http";

    private static final Logger HTTP = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_ECHO = 64;

    private RequestLog() {
    }

    static void line(String service, String action, int status, long startedNanos,
            String requestId, Caller caller) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        HTTP.info("{} {} {} in {} ms [{}] key={}", clean(service), clean(action), status, millis,
                requestId, caller == null ? "-" : caller.keyId());
    }

    /** Caller-supplied text made safe to log or echo: printable ASCII, at most 64 characters. */
    static String clean(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ECHO));
        for (int i = 0; i < text.length() && out.length() < MAX_ECHO; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return text.length() > MAX_ECHO ? out + "..." : out.toString();
    }
}
