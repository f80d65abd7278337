package org.vnicconsole.agent.iproute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * iproute2 JSON captured into a snapshot: {@code iproute2/link.json}, {@code addr.json},
 * {@code route.json} and {@code route6.json} under the snapshot root. A missing file is simply
 * not available. Safe from any thread.
 */
public final class SnapshotIprouteSource implements IprouteSource {

    /** The directory under a snapshot root that holds the JSON files. */
    public static final String DIRECTORY = "iproute2";

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotIprouteSource.class);

    private final Path directory;

    public SnapshotIprouteSource(Path snapshotRoot) {
        this.directory = snapshotRoot.resolve(DIRECTORY);
    }

    @Override
    public Optional<String> links() {
        return read("link.json");
    }

    @Override
    public Optional<String> addresses() {
        return read("addr.json");
    }

    @Override
    public Optional<String> routes() {
        return read("route.json");
    }

    @Override
    public Optional<String> routes6() {
        return read("route6.json");
    }

    private Optional<String> read(String name) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
