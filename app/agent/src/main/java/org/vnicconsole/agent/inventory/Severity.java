package org.vnicconsole.agent.inventory;

import java.util.Locale;

/** How much a finding matters. INFO never changes the exit code. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The severity as reports write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
