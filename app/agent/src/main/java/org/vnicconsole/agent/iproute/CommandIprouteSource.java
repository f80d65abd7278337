package org.vnicconsole.agent.iproute;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the read-only {@code ip -j ... show} commands on the live machine. An absent {@code ip},
 * a failing command or one slower than the timeout gives an empty result. Each call starts its
 * own process; safe from any thread.
 */
public final class CommandIprouteSource implements IprouteSource {

    private static final Logger LOG = LoggerFactory.getLogger(CommandIprouteSource.class);
    private static final long TIMEOUT_SECONDS = 20;

    private final String ipCommand;
    private final List<String> prefix;

    /** Uses {@code ip} from the PATH in the current network namespace. */
    public CommandIprouteSource() {
        this("ip", List.of());
    }

    /**
     * Uses the given command with arguments put before each {@code ip} argument list, for example
     * {@code ip} with {@code [-n, NAME]} to read a named network namespace.
     */
    public CommandIprouteSource(String ipCommand, List<String> prefix) {
        this.ipCommand = ipCommand;
        this.prefix = List.copyOf(prefix);
    }

    @Override
    public Optional<String> links() {
        return run("-j", "-d", "link", "show");
    }

    @Override
    public Optional<String> addresses() {
        return run("-j", "addr", "show");
    }

    @Override
    public Optional<String> routes() {
        return run("-j", "route", "show");
    }

    @Override
    public Optional<String> routes6() {
        return run("-j", "-6", "route", "show");
    }

    private Optional<String> run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ipCommand);
        command.addAll(prefix);
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] output;
            try (InputStream stdout = process.getInputStream()) {
                output = stdout.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.debug("{} timed out", command);
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                LOG.debug("{} exited with {}", command, process.exitValue());
                return Optional.empty();
            }
            return Optional.of(new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("cannot run {}: {}", command, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
