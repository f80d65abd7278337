package org.vnicconsole.client.internal;

import java.time.Duration;
import java.util.Optional;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.client.ApiNetworkException;

/**
 * When to send a request again, as the public SDKs do: after a rate-limit answer (HTTP 429 or
 * code {@code REQUEST_LIMIT_EXCEEDED}) for any action, and after a network failure only for
 * read actions, whose names start with {@code Describe} or {@code Available}. Never after any
 * other server error. Waits double from one second. Immutable; {@link #start} gives the mutable
 * budget of one call.
 */
public final class RetryPolicy {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    private final int rateLimitMaxRetries;
    private final int networkMaxRetries;

    /** A policy with the given budgets; 0 turns a kind of retry off. */
    public RetryPolicy(int rateLimitMaxRetries, int networkMaxRetries) {
        this.rateLimitMaxRetries = rateLimitMaxRetries;
        this.networkMaxRetries = networkMaxRetries;
    }

    /** True for actions that only read and may safely be sent twice. */
    public static boolean isRead(String action) {
        return action.startsWith("Describe") || action.startsWith("Available");
    }

    /** The retry budget of one call of an action. */
    public Budget start(String action) {
        return new Budget(isRead(action));
    }

    /** What is left of one call's retries. Used by the one thread running that call. */
    public final class Budget {

        private final boolean read;
        private int rateLimitRetries;
        private int networkRetries;

        private Budget(boolean read) {
            this.read = read;
        }

        /** The wait before the next attempt after this failure, or empty to give up. */
        public Optional<Duration> waitAfter(ApiException failure) {
            if (failure.isRateLimited() && rateLimitRetries < rateLimitMaxRetries) {
                return Optional.of(FIRST_WAIT.multipliedBy(1L << rateLimitRetries++));
            }
            if (failure instanceof ApiNetworkException && read
                    && networkRetries < networkMaxRetries) {
                return Optional.of(FIRST_WAIT.multipliedBy(1L << networkRetries++));
            }
            return Optional.empty();
        }
    }
}
