package org.vnicconsole.agent.configfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.facts.ConfigFile;
import org.vnicconsole.agent.facts.MachineFacts;

/**
 * Reads the network configuration files of netplan, systemd-networkd, NetworkManager, ifupdown
 * and the udev rules that mark devices unmanaged, under a root directory (the live {@code /} or a
 * snapshot). Only reads; one instance per read.
 */
public final class ConfigFileReader {

    /** Directories (relative to the root) and the file-name endings read in each. */
    static final List<String[]> LOCATIONS = List.of(
            new String[] {"etc/netplan", ".yaml"},
            new String[] {"etc/systemd/network", ".network"},
            new String[] {"run/systemd/network", ".network"},
            new String[] {"etc/NetworkManager/system-connections", ".nmconnection"},
            new String[] {"etc/network/interfaces.d", ""},
            new String[] {"etc/udev/rules.d", ".rules"});

    private static final Logger LOG = LoggerFactory.getLogger(ConfigFileReader.class);
    private static final long MAX_BYTES = 1 << 20;

    private final Path root;

    public ConfigFileReader(Path root) {
        this.root = root;
    }

    /** Adds the files found to {@code facts}. */
    public void read(MachineFacts facts) {
        List<ConfigFile> files = new ArrayList<>();
        for (Path file : paths()) {
            try {
                if (Files.size(file) <= MAX_BYTES) {
                    String content = Files.readString(file, StandardCharsets.UTF_8);
                    files.add(new ConfigFile("/" + root.relativize(file), content));
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("cannot read {}: {}", file, e.toString());
                facts.limitation("could not read " + "/" + root.relativize(file));
            }
        }
        facts.configFiles = files;
    }

    /** The configuration files present under the root, in a stable order. */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        Path interfaces = root.resolve("etc/network/interfaces");
        if (Files.isRegularFile(interfaces)) {
            paths.add(interfaces);
        }
        for (String[] location : LOCATIONS) {
            Path directory = root.resolve(location[0]);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(directory)) {
                entries.filter(Files::isRegularFile)
                        .filter(file -> file.getFileName().toString().endsWith(location[1]))
                        .sorted()
                        .forEach(paths::add);
            } catch (IOException e) {
                LOG.debug("cannot list {}: {}", directory, e.toString());
            }
        }
        return paths;
    }
}
