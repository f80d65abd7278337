package org.vnicconsole.console.navigator;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Joins the searchable words of a node (ids, names, addresses), skipping the missing ones. */
final class SearchText {

    private SearchText() {
    }

    static String of(Object... values) {
        return Stream.of(values).filter(Objects::nonNull).map(String::valueOf)
                .collect(Collectors.joining(" "));
    }
}
