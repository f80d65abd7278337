package org.vnicconsole.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.model.rules.RuleId;

/**
 * A call that did not succeed: the server's error envelope ({@code code}, {@code message},
 * {@code requestId}) with its HTTP status, or a local failure with one of the SDK-local codes
 * below and status 0. When the message ends with a rule tag such as {@code [CAP-VNICS]}, the rule
 * is available from {@link #rule()} so the console can explain the refusal. Immutable.
 */
public class ApiException extends RuntimeException {

    /** Local: a reply that is not the expected JSON envelope. */
    public static final String JSON_PARSE_FAILED = "JSON_PARSE_FAILED";

    /** Local: the request could not be sent or the reply could not be read. */
    public static final String NETWORK_ERROR = "NETWORK_ERROR";

    /** Local: the request object could not be written as JSON. */
    public static final String SDK_INVALID_REQUEST = "SDK_INVALID_REQUEST";

    /** Local: an HTTP 403 carrying {@code cf-mitigated: challenge} from a front proxy. */
    public static final String SECURITY_CHALLENGE = "SECURITY_CHALLENGE";

    /** Local: an HTTP 451 from a front proxy. */
    public static final String REQUEST_BLOCKED = "REQUEST_BLOCKED";

    /** Local: the caller cancelled the call or interrupted its thread. */
    public static final String CANCELLED = "CANCELLED";

    /** Server: the rate limit was hit; retried by the client before it is surfaced. */
    public static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";

    private static final long serialVersionUID = 1L;

    private static final Pattern TRAILING_TAG =
            Pattern.compile("\\[([A-Z0-9]+(?:-[A-Z0-9]+)*)]\\s*$");

    private final String code;
    private final String requestId;
    private final int httpStatus;
    private final RuleId rule;

    /**
     * An error with all its parts.
     *
     * @param code the stable error code
     * @param message the human-readable message, possibly ending with a rule tag
     * @param requestId the server's request id, or null when no envelope was read
     * @param httpStatus the HTTP status, or 0 when there was no HTTP reply
     * @param cause the underlying failure, or null
     */
    public ApiException(
            String code, String message, String requestId, int httpStatus, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.rule = ruleTagOf(message).flatMap(RuleId::byId).orElse(null);
    }

    /** The error code, for example {@code INVALID_INSTANCE_NIC_LIMIT} or {@code NETWORK_ERROR}. */
    public String code() {
        return code;
    }

    /** The server's request id, when a reply carried one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The HTTP status of the reply, or 0 when no reply was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The rule named by the trailing tag of the message, when it is one of the catalogue. */
    public Optional<RuleId> rule() {
        return Optional.ofNullable(rule);
    }

    /** True for HTTP 429 or the code {@code REQUEST_LIMIT_EXCEEDED}, whatever the status. */
    public boolean isRateLimited() {
        return httpStatus == 429 || REQUEST_LIMIT_EXCEEDED.equals(code);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code
                + (httpStatus == 0 ? "" : ", HTTP " + httpStatus)
                + (requestId == null ? "" : ", " + requestId) + "]: " + getMessage();
    }

    /** The text inside a trailing {@code [TAG]} of a message, if there is one. */
    static Optional<String> ruleTagOf(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = TRAILING_TAG.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
