package org.vnicconsole.client;

import java.time.Instant;
import java.util.Optional;

/**
 * One finished API call, as the console's activity log shows it. Immutable.
 *
 * @param startedAt when the call started, from the transport's clock
 * @param service the service called
 * @param action the action name, for example {@code AttachNetworkInterface}
 * @param target the ids the request names, for example {@code nicId=nic-1, instanceId=i-2};
 *     empty when it names none
 * @param result {@link #OK} or the error code
 * @param requestId the server's request id, or null when no reply carried one
 * @param durationMillis wall time of the whole call, retries and waits included
 * @param attempts how many times the request was sent
 */
public record CallRecord(
        Instant startedAt,
        ApiService service,
        String action,
        String target,
        String result,
        String requestId,
        long durationMillis,
        int attempts) {

    /** The result of a successful call. */
    public static final String OK = "OK";

    /** True when the call returned a response. */
    public boolean succeeded() {
        return OK.equals(result);
    }

    /** The server's request id, when a reply carried one. */
    public Optional<String> requestIdIfAny() {
        return Optional.ofNullable(requestId);
    }
}
