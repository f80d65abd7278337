package org.vnicconsole.agent.sysfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads single sysfs values without throwing (a null path, for a file known to be absent, gives
 * null): a missing file, an unreadable file or a value that
 * is not what the attribute should hold all give null, and the last two are reported to the
 * problem sink so the report can say what could not be read. Stateless apart from that sink;
 * one instance per read.
 */
final class SysfsFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SysfsFiles.class);
    private static final int MAX_VALUE_BYTES = 8192;

    private final Path root;
    private final Consumer<String> problems;

    SysfsFiles(Path root, Consumer<String> problems) {
        this.root = root;
        this.problems = problems;
    }

    /** The trimmed text of a file; null when absent or unreadable (some refuse reads). */
    String text(Path file) {
        if (file == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int length = Math.min(bytes.length, MAX_VALUE_BYTES);
            return new String(bytes, 0, length, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debug("cannot read {}: {}", file, e.toString());
            return null;
        }
    }

    /** Like {@link #text} but reports an unreadable file; for attributes that must be readable. */
    String requiredText(Path file) {
        String value = text(file);
        if (value == null && file != null && Files.exists(file)) {
            problems.accept("could not read " + shown(file));
        }
        return value;
    }

    /** A non-negative decimal integer; garbage is reported and gives null. */
    Integer count(Path file) {
        String value = requiredText(file);
        if (value == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            LOG.debug("not a count in {}: {}", file, value);
        }
        problems.accept(shown(file) + " holds '" + abbreviated(value) + "', not a count");
        return null;
    }

    /** An optional integer attribute (carrier, mtu, speed) where errors are normal. */
    Long number(Path file) {
        String value = text(file);
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            return parsed < 0 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The last element of a symlink's target, or null when the path is not a readable link. */
    String linkName(Path link) {
        if (link == null || !Files.isSymbolicLink(link)) {
            return null;
        }
        try {
            Path target = Files.readSymbolicLink(link).getFileName();
            return target == null ? null : target.toString();
        } catch (IOException e) {
            problems.accept("could not read link " + shown(link));
            return null;
        }
    }

    /** The names in a directory, sorted; empty when it cannot be listed. */
    List<String> names(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = new ArrayList<>();
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
            names.sort(null);
            return names;
        } catch (IOException e) {
            problems.accept("could not list " + shown(directory));
            return List.of();
        }
    }

    /** The real path of a link's target, or null when it does not resolve. */
    Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The path as the report shows it: relative to the root read, with a leading slash. */
    String shown(Path file) {
        Path relative = root.toAbsolutePath().relativize(file.toAbsolutePath());
        return "/" + relative;
    }

    private static String abbreviated(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }
}
