package org.vnicconsole.model.domain;

/**
 * Primary (created and released with its instance) or elastic (created on its own, attached and
 * detached on demand). The public API calls an elastic vNIC {@code Secondary}.
 */
public enum VnicKind {
    PRIMARY("Primary"),
    ELASTIC("Secondary");

    private final String wireName;

    VnicKind(String wireName) {
        this.wireName = wireName;
    }

    /** The public API's {@code nicType} value. */
    public String wireName() {
        return wireName;
    }
}
