package org.vnicconsole.agent.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.configfiles.ConfigFileReader;
import org.vnicconsole.agent.iproute.IprouteSource;

/**
 * Writes a snapshot of a machine that {@code --root} can read back: the sysfs files and links the
 * agent reads (at their real paths, with {@code class/net} and {@code bus/pci/devices} links kept
 * as links), iproute2's JSON under {@code iproute2/}, and the network configuration files with
 * secrets redacted. It reads the machine and writes only under the target directory. One
 * instance per capture.
 */
public final class SnapshotCapturer {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCapturer.class);
    private static final List<String> NETDEV_FILES = List.of("address", "operstate", "mtu",
            "ifindex", "carrier", "speed", "phys_port_name", "ifalias", "flags", "type",
            "addr_assign_type");
    private static final List<String> NETDEV_MARKERS =
            List.of("bridge", "bonding", "brport", "bonding_slave");
    private static final List<String> DEVICE_FILES = List.of("sriov_totalvfs", "sriov_numvfs",
            "features", "class", "vendor", "device");
    private static final List<String> DEVICE_LINKS = List.of("driver", "physfn", "iommu_group");

    private final Path source;
    private final IprouteSource iproute;
    private final Set<Path> visited = new HashSet<>();
    private int files;

    /**
     * @param source the machine's root ({@code /} for the live machine)
     * @param iproute where iproute2's JSON comes from
     */
    public SnapshotCapturer(Path source, IprouteSource iproute) {
        this.source = source;
        this.iproute = iproute;
    }

    /** Writes the snapshot under {@code target}; returns the number of files and links written. */
    public int capture(Path target) throws IOException {
        Path realSource = source.toRealPath();
        Files.createDirectories(target);
        Path classNet = realSource.resolve("sys/class/net");
        for (Path entry : list(classNet)) {
            copyLinkOrDirectory(realSource, target, entry);
            Path netdev = realPath(entry);
            if (netdev != null) {
                copyNetdev(realSource, target, netdev);
            }
        }
        for (Path entry : list(realSource.resolve("sys/bus/pci/devices"))) {
            Path device = realPath(entry);
            if (device != null && isNetworkRelated(device)) {
                copyLinkOrDirectory(realSource, target, entry);
                copyDevice(realSource, target, device);
            }
        }
        writeIproute(target);
        copyConfigFiles(realSource, target);
        LOG.info("captured {} files and links into {}", files, target);
        return files;
    }

    private void copyNetdev(Path root, Path target, Path netdev) throws IOException {
        for (String name : NETDEV_FILES) {
            copyFile(root, target, netdev.resolve(name));
        }
        for (String marker : NETDEV_MARKERS) {
            if (Files.isDirectory(netdev.resolve(marker))) {
                Files.createDirectories(mapped(root, target, netdev.resolve(marker)));
            }
        }
        for (Path entry : list(netdev)) {
            String name = entry.getFileName().toString();
            if (name.equals("master") || name.equals("device") || name.startsWith("lower_")
                    || name.startsWith("upper_")) {
                copyLink(root, target, entry);
            }
        }
        Path device = realPath(netdev.resolve("device"));
        if (device != null) {
            copyDevice(root, target, device);
        }
    }

    private void copyDevice(Path root, Path target, Path device) throws IOException {
        if (!visited.add(device)) {
            return;
        }
        Files.createDirectories(mapped(root, target, device));
        for (String name : DEVICE_FILES) {
            copyFile(root, target, device.resolve(name));
        }
        for (String name : DEVICE_LINKS) {
            copyLink(root, target, device.resolve(name));
        }
        for (Path entry : list(device)) {
            if (entry.getFileName().toString().startsWith("virtfn")) {
                copyLink(root, target, entry);
                Path vf = realPath(entry);
                if (vf != null) {
                    copyDevice(root, target, vf);
                }
            }
        }
        for (Path netdev : list(device.resolve("net"))) {
            copyNetdev(root, target, netdev);
        }
        Path physfn = realPath(device.resolve("physfn"));
        if (physfn != null) {
            copyDevice(root, target, physfn);
        }
    }

    private void writeIproute(Path target) throws IOException {
        Path directory = target.resolve("iproute2");
        Files.createDirectories(directory);
        write(directory.resolve("link.json"), iproute.links());
        write(directory.resolve("addr.json"), iproute.addresses());
        write(directory.resolve("route.json"), iproute.routes());
        write(directory.resolve("route6.json"), iproute.routes6());
    }

    private void write(Path file, Optional<String> json) throws IOException {
        if (json.isPresent()) {
            Files.writeString(file, json.get(), StandardCharsets.UTF_8);
            files++;
        }
    }

    private void copyConfigFiles(Path root, Path target) throws IOException {
        for (Path file : new ConfigFileReader(root).paths()) {
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                Path copy = mapped(root, target, file);
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, Redaction.redact(content), StandardCharsets.UTF_8);
                files++;
            } catch (IOException e) {
                LOG.debug("cannot copy {}: {}", file, e.toString());
            }
        }
    }

    private void copyFile(Path root, Path target, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return;
        }
        Path copy = mapped(root, target, file);
        Files.createDirectories(copy.getParent());
        Files.write(copy, content);
        files++;
    }

    private void copyLinkOrDirectory(Path root, Path target, Path entry) throws IOException {
        if (Files.isSymbolicLink(entry)) {
            copyLink(root, target, entry);
        } else if (Files.isDirectory(entry)) {
            Files.createDirectories(mapped(root, target, entry));
        }
    }

    private void copyLink(Path root, Path target, Path link) throws IOException {
        if (!Files.isSymbolicLink(link)) {
            return;
        }
        Path copy = mapped(root, target, link);
        if (Files.exists(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.createDirectories(copy.getParent());
        Files.createSymbolicLink(copy, Files.readSymbolicLink(link));
        files++;
    }

    private static boolean isNetworkRelated(Path device) {
        if (Files.exists(device.resolve("sriov_totalvfs"))
                || Files.exists(device.resolve("physfn"))) {
            return true;
        }
        try {
            return Files.readString(device.resolve("class")).startsWith("0x02");
        } catch (IOException e) {
            return false;
        }
    }

    private static Path mapped(Path root, Path target, Path path) {
        Path parent = path.getParent() == null ? path : realPathOr(path.getParent());
        Path absolute = parent.resolve(path.getFileName().toString());
        return target.resolve(root.relativize(absolute).toString());
    }

    private static Path realPathOr(Path path) {
        Path real = realPath(path);
        return real == null ? path : real;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
