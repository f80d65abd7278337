package org.vnicconsole.control.store;

import org.jdbi.v3.core.Handle;

/** Never-decreasing counters (MAC serials, assignment order). Used inside one transaction. */
public final class SerialRepository {

    private final Handle handle;

    SerialRepository(Handle handle) {
        this.handle = handle;
    }

    /** Takes the next value of a counter; a rolled-back transaction gives it back. */
    public long next(String name) {
        long value = handle.createQuery("SELECT next_value FROM serial WHERE name = :name "
                        + "FOR UPDATE").bind("name", name).mapTo(Long.class).one();
        handle.createUpdate("UPDATE serial SET next_value = :next WHERE name = :name")
                .bind("next", value + 1).bind("name", name).execute();
        return value;
    }
}
