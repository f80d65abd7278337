package org.vnicconsole.client.internal;

import java.io.InterruptedIOException;
import okhttp3.Call;
import org.vnicconsole.client.ApiException;

/**
 * The cancellation state of one API call across its attempts: cancelling it cancels the HTTP
 * exchange in flight and keeps any further attempt from starting. Thread-safe: cancelled from
 * the caller's thread while the call runs on another.
 */
public final class Cancellation {

    private Call current;
    private boolean cancelled;

    /** Remembers the exchange about to run; false when the call was already cancelled. */
    public synchronized boolean track(Call exchange) {
        current = exchange;
        return !cancelled;
    }

    /** Cancels the exchange in flight, if any, and every later one. */
    public synchronized void cancel() {
        cancelled = true;
        if (current != null) {
            current.cancel();
        }
    }

    /** True once {@link #cancel()} was called or the running thread was interrupted. */
    public synchronized boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** The exception a cancelled call ends with; the cause may be null. */
    public static ApiException failure(Throwable cause) {
        return new ApiException(ApiException.CANCELLED, "the call was cancelled", null, 0,
                cause == null ? new InterruptedIOException("cancelled") : cause);
    }
}
