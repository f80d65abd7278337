package org.vnicconsole.client;

import java.time.Duration;

/**
 * Waits between retries. The transport uses {@link #SYSTEM}; tests pass one that records the
 * waits and returns at once. Called on the thread that runs the call.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the current thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for the given time, or less when interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
