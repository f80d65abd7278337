package org.vnicconsole.agent.iproute;

import java.util.Optional;

/**
 * Where iproute2's JSON output comes from: the live {@code ip} command or files captured from it.
 * Each method returns the JSON text, or empty when it is not available. Implementations say
 * which thread may call them.
 */
public interface IprouteSource {

    /** {@code ip -j -d link show}. */
    Optional<String> links();

    /** {@code ip -j addr show}. */
    Optional<String> addresses();

    /** {@code ip -j route show} (IPv4 main table). */
    Optional<String> routes();

    /** {@code ip -j -6 route show}. */
    Optional<String> routes6();

    /** A source that has nothing, for inputs without iproute2 output. */
    static IprouteSource none() {
        return new IprouteSource() {
            @Override
            public Optional<String> links() {
                return Optional.empty();
            }

            @Override
            public Optional<String> addresses() {
                return Optional.empty();
            }

            @Override
            public Optional<String> routes() {
                return Optional.empty();
            }

            @Override
            public Optional<String> routes6() {
                return Optional.empty();
            }
        };
    }
}
