package org.vnicconsole.control.api;

import java.util.Locale;
import java.util.UUID;

/** Makes request ids as the public API shows them: {@code T} and an upper-case UUID. */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        return "T" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
