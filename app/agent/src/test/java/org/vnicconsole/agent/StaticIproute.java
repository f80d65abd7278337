package org.vnicconsole.agent;

import java.util.Optional;
import org.vnicconsole.agent.iproute.IprouteSource;

/**
 * iproute2 JSON given by a test; null for output that is not available.
 *
 * @param link {@code ip -j -d link show}
 * @param addr {@code ip -j addr show}
 * @param route {@code ip -j route show}
 */
public record StaticIproute(String link, String addr, String route) implements IprouteSource {

    @Override
    public Optional<String> links() {
        return Optional.ofNullable(link);
    }

    @Override
    public Optional<String> addresses() {
        return Optional.ofNullable(addr);
    }

    @Override
    public Optional<String> routes() {
        return Optional.ofNullable(route);
    }

    @Override
    public Optional<String> routes6() {
        return Optional.empty();
    }
}
