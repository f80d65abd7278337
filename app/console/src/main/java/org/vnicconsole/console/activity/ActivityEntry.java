package org.vnicconsole.console.activity;

import java.time.Instant;
import java.util.Locale;
import org.vnicconsole.client.CallRecord;

/**
 * One row of the activity log: an API call the console made. Immutable.
 *
 * @param time when the call started
 * @param action the action, prefixed by the service for operator calls
 * @param target the request's id fields
 * @param result {@code OK} or the error code
 * @param requestId the server's request id; empty when no reply came
 * @param durationMillis time until the reply, retries included
 */
public record ActivityEntry(Instant time, String action, String target, String result,
        String requestId, long durationMillis) {

    /** The row for a finished call. */
    public static ActivityEntry of(CallRecord record) {
        String service = record.service().name().toLowerCase(Locale.ROOT);
        String action = service.equals("zec") ? record.action() : service + ":" + record.action();
        return new ActivityEntry(record.startedAt(), action,
                record.target() == null ? "" : record.target(), record.result(),
                record.requestIdIfAny().orElse(""), record.durationMillis());
    }

    /** True for a successful call. */
    public boolean succeeded() {
        return CallRecord.OK.equals(result);
    }

    /** Whether any column contains the text, ignoring case. */
    public boolean matches(String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        return (action + " " + target + " " + result + " " + requestId).toLowerCase(Locale.ROOT)
                .contains(lower);
    }
}
