package org.vnicconsole.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a sysfs tree under a test directory with the same files and relative links the kernel
 * makes: {@code sys/devices/...}, {@code sys/class/net/NAME} and {@code sys/bus/pci/devices/ADDR}
 * links, {@code device}, {@code driver}, {@code master}, {@code virtfnN} and {@code physfn}.
 */
public final class SysfsTree {

    private final Path root;

    public SysfsTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A PCI network function under {@code pci0000:00}, with its bus link. */
    public SysfsTree pci(String address) {
        Path device = pciPath(address);
        mkdirs(device);
        write(device.resolve("class"), "0x020000");
        link(root.resolve("sys/bus/pci/devices").resolve(address), device);
        return this;
    }

    /** The SR-IOV files of a PF. */
    public SysfsTree sriov(String address, String total, String enabled) {
        if (total != null) {
            write(pciPath(address).resolve("sriov_totalvfs"), total);
        }
        if (enabled != null) {
            write(pciPath(address).resolve("sriov_numvfs"), enabled);
        }
        return this;
    }

    /** VF {@code index} of a PF at {@code vfAddress}, with virtfn and physfn links. */
    public SysfsTree vf(String pfAddress, int index, String vfAddress) {
        pci(vfAddress);
        link(pciPath(pfAddress).resolve("virtfn" + index), pciPath(vfAddress));
        link(pciPath(vfAddress).resolve("physfn"), pciPath(pfAddress));
        return this;
    }

    /** Binds a PCI function (or a virtio device path) to a driver. */
    public SysfsTree driver(String address, String driver) {
        return driverAt(pciPath(address), driver);
    }

    /** Binds the device at this path to a driver. */
    public SysfsTree driverAt(Path device, String driver) {
        link(device.resolve("driver"), root.resolve("sys/bus/pci/drivers").resolve(driver));
        return this;
    }

    /** A virtio device below a PCI function, as virtio-net creates, with its feature bits. */
    public Path virtio(String pciAddress, String name, boolean standbyFeature) {
        Path device = pciPath(pciAddress).resolve(name);
        mkdirs(device);
        StringBuilder features = new StringBuilder("0".repeat(64));
        if (standbyFeature) {
            features.setCharAt(62, '1');
        }
        write(device.resolve("features"), features.toString());
        driverAt(device, "virtio_net");
        return device;
    }

    /** A netdev below a PCI function, with its class link and usual attributes. */
    public SysfsTree netdev(String name, String pciAddress, String mac, boolean up) {
        return netdevAt(name, pciAddress == null ? null : pciPath(pciAddress), mac, up);
    }

    /** A netdev below a device directory (virtual when {@code parent} is null). */
    public SysfsTree netdevAt(String name, Path parent, String mac, boolean up) {
        Path directory = (parent == null ? root.resolve("sys/devices/virtual") : parent)
                .resolve("net").resolve(name);
        mkdirs(directory);
        write(directory.resolve("address"), mac);
        write(directory.resolve("operstate"), up ? "up" : "down");
        write(directory.resolve("mtu"), "1500");
        write(directory.resolve("flags"), up ? "0x1003" : "0x1002");
        write(directory.resolve("carrier"), up ? "1" : "0");
        if (parent != null) {
            link(directory.resolve("device"), parent);
        }
        link(root.resolve("sys/class/net").resolve(name), directory);
        return this;
    }

    /** A file in a netdev's directory. */
    public SysfsTree attribute(String name, String file, String content) {
        write(netdevPath(name).resolve(file), content);
        return this;
    }

    /** The {@code master} link (and the master's {@code lower_} link). */
    public SysfsTree master(String slave, String master) {
        link(netdevPath(slave).resolve("master"), netdevPath(master));
        link(netdevPath(master).resolve("lower_" + slave), netdevPath(slave));
        return this;
    }

    /** An {@code upper_} link without a master link, as older hv_netvsc made. */
    public SysfsTree upper(String lower, String upper) {
        link(netdevPath(lower).resolve("upper_" + upper), netdevPath(upper));
        return this;
    }

    /** A file anywhere under the root. */
    public SysfsTree file(String relativePath, String content) {
        write(root.resolve(relativePath), content);
        return this;
    }

    public Path pciPath(String address) {
        return root.resolve("sys/devices/pci0000:00").resolve(address);
    }

    public Path netdevPath(String name) {
        try {
            return root.resolve("sys/class/net").resolve(name).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, link.getParent().relativize(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
