package org.vnicconsole.control.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.vnicconsole.control.store.Store;

/** What every service shares: the store, the clock and the id maker. Thread-safe. */
public record ServiceContext(Store store, Clock clock, Ids ids) {

    /** The current time, to the millisecond (what the store keeps). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
