package org.vnicconsole.agent.inventory;

import java.util.function.Function;

/**
 * A value the agent read, or the fact that it could not read it. An unknown value is never
 * replaced by a default: a VF whose trust flag the driver does not report has trust
 * {@code unknown}, not {@code off}. Immutable; safe from any thread.
 *
 * @param value the value, or {@code null} when unknown
 * @param <T> the value's type
 */
public record Known<T>(T value) {

    /** The word reports and JSON documents use for a value that could not be read. */
    public static final String UNKNOWN = "unknown";

    private static final Known<?> NOTHING = new Known<>(null);

    /** A known value, or unknown when {@code value} is null. */
    public static <T> Known<T> of(T value) {
        return value == null ? unknown() : new Known<>(value);
    }

    /** The unknown value. */
    @SuppressWarnings("unchecked")
    public static <T> Known<T> unknown() {
        return (Known<T>) NOTHING;
    }

    /** Whether the value was read. */
    public boolean isKnown() {
        return value != null;
    }

    /** The value, or {@code fallback} when unknown; for decisions, never for display. */
    public T orElse(T fallback) {
        return value == null ? fallback : value;
    }

    /** Maps a known value; unknown stays unknown. */
    public <R> Known<R> map(Function<? super T, ? extends R> mapper) {
        return value == null ? unknown() : Known.of(mapper.apply(value));
    }

    /** The value as text, {@code unknown} when unknown, {@code on}/{@code off} for booleans. */
    public String display() {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof Boolean flag) {
            return flag ? "on" : "off";
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
