package org.vnicconsole.control.actions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.vnicconsole.control.api.ActionRequest;

/**
 * The public API's list filters: exact id lists, exact fields, and fuzzy (case-insensitive
 * substring) names. An absent filter matches everything.
 */
final class Filters {

    private Filters() {
    }

    /** Matches when the id list is absent or contains the value. */
    static <T> Predicate<T> anyOf(ActionRequest request, String field,
            java.util.function.Function<T, String> value) {
        List<String> ids = request.optionalStringList(field, 100);
        return ids.isEmpty() ? item -> true : item -> ids.contains(value.apply(item));
    }

    /** Matches when the field is absent or equals the value exactly. */
    static <T> Predicate<T> equal(ActionRequest request, String field,
            java.util.function.Function<T, String> value) {
        Optional<String> wanted = request.optionalString(field);
        return wanted.isEmpty() ? item -> true : item -> wanted.get().equals(value.apply(item));
    }

    /** Matches when the field is absent or is a case-insensitive substring of the value. */
    static <T> Predicate<T> fuzzy(ActionRequest request, String field,
            java.util.function.Function<T, String> value) {
        Optional<String> wanted = request.optionalString(field)
                .map(text -> text.toLowerCase(Locale.ROOT));
        return wanted.isEmpty() ? item -> true : item -> {
            String actual = value.apply(item);
            return actual != null && actual.toLowerCase(Locale.ROOT).contains(wanted.get());
        };
    }
}
