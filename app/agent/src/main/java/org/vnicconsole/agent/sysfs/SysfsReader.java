package org.vnicconsole.agent.sysfs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.facts.PciFacts;

/**
 * Reads network devices and PCI functions from a sysfs tree under a root directory: {@code /} on
 * the live machine, or a snapshot directory that holds {@code sys/...} with the same layout. It
 * only reads files and links; it never writes. One instance per read, on one thread.
 */
public final class SysfsReader {

    private static final Logger LOG = LoggerFactory.getLogger(SysfsReader.class);
    private static final Pattern PCI_ADDRESS =
            Pattern.compile("[0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]");
    private static final int VIRTIO_NET_F_STANDBY = 62;

    private final Path root;

    public SysfsReader(Path root) {
        this.root = root;
    }

    /** Adds what sysfs shows to {@code facts}; returns false when there is no net class at all. */
    public boolean read(MachineFacts facts) {
        Path classNet = root.resolve("sys/class/net");
        SysfsFiles files = new SysfsFiles(root, facts::limitation);
        if (!Files.isDirectory(classNet)) {
            facts.limitation("no " + files.shown(classNet) + " to read devices from");
            return false;
        }
        facts.sriovFilesRead = true;
        for (String name : files.names(classNet)) {
            Path directory = classNet.resolve(name);
            if (Files.isDirectory(directory)) {
                readLink(facts, files, facts.link(name), directory);
            }
        }
        readPciBus(facts, files);
        LOG.debug("read {} devices from {}", facts.links().size(), classNet);
        return true;
    }

    private void readLink(MachineFacts facts, SysfsFiles files, LinkFacts link, Path directory) {
        Entries entries = new Entries(directory, files.names(directory));
        link.mac = files.requiredText(directory.resolve("address"));
        link.operState = upper(files.text(entries.path("operstate")));
        link.mtu = toInt(files.number(entries.path("mtu")));
        link.ifindex = toInt(files.number(entries.path("ifindex")));
        link.carrier = toInt(files.number(entries.path("carrier")));
        link.speed = files.number(entries.path("speed"));
        link.physPortName = files.text(entries.path("phys_port_name"));
        link.alias = emptyToNull(files.text(entries.path("ifalias")));
        link.flags = flagsOf(files.text(entries.path("flags")), link.carrier);
        String master = files.linkName(entries.path("master"));
        link.master = master == null ? "" : master;
        for (String entry : entries.names()) {
            if (entry.startsWith("lower_")) {
                link.lowers.add(entry.substring("lower_".length()));
            } else if (entry.startsWith("upper_")) {
                link.uppers.add(entry.substring("upper_".length()));
            }
        }
        link.kind = entries.has("bridge") ? "bridge" : entries.has("bonding") ? "bond" : null;
        if (entries.has("brport")) {
            link.slaveKind = "bridge_slave";
        } else if (entries.has("bonding_slave")) {
            link.slaveKind = "bond_slave";
        }
        if (entries.has("device")) {
            readDevice(facts, files, link, directory.resolve("device"));
        } else {
            link.driver = "";
        }
    }

    private void readDevice(MachineFacts facts, SysfsFiles files, LinkFacts link, Path device) {
        Entries entries = new Entries(device, files.names(device));
        Path real = files.realPath(device);
        link.parentPath = real == null ? null : real.toString();
        link.pciAddress = pciAddressIn(real);
        link.driver = files.linkName(entries.path("driver"));
        link.hvPci = real != null && real.toString().contains("/VMBUS:")
                && link.pciAddress != null;
        String features = files.text(entries.path("features"));
        if (features != null && features.length() > VIRTIO_NET_F_STANDBY) {
            link.virtioStandbyFeature = features.charAt(VIRTIO_NET_F_STANDBY) == '1';
        }
        link.sriovFilePresent = entries.has("sriov_totalvfs");
        link.totalVfs = files.count(entries.path("sriov_totalvfs"));
        link.numVfs = files.count(entries.path("sriov_numvfs"));
        link.physfn = files.linkName(entries.path("physfn"));
        link.iommuGroup = toInt(parseLong(files.linkName(entries.path("iommu_group"))));
        for (String entry : entries.names()) {
            Integer index = virtfnIndex(entry);
            String target = index == null ? null : files.linkName(device.resolve(entry));
            if (target != null) {
                link.virtfns.put(index, target);
            }
        }
        if (link.pciAddress != null && link.pciAddress.equals(files.linkName(device))) {
            PciFacts pci = facts.pci(link.pciAddress);
            pci.driver = link.driver;
            pci.virtualFunction = link.physfn != null;
            pci.physfn = link.physfn;
        }
    }

    private void readPciBus(MachineFacts facts, SysfsFiles files) {
        Path devices = root.resolve("sys/bus/pci/devices");
        for (String address : files.names(devices)) {
            if (facts.existingPci(address) != null) {
                continue;
            }
            Path directory = devices.resolve(address);
            String pciClass = files.text(directory.resolve("class"));
            boolean sriov = Files.exists(directory.resolve("sriov_totalvfs"));
            boolean virtualFunction = Files.isSymbolicLink(directory.resolve("physfn"));
            boolean network = pciClass != null && pciClass.startsWith("0x02");
            if (!(sriov || virtualFunction || network)) {
                continue;
            }
            PciFacts pci = facts.pci(address);
            pci.driver = files.linkName(directory.resolve("driver"));
            pci.virtualFunction = virtualFunction;
            pci.physfn = files.linkName(directory.resolve("physfn"));
            pci.iommuGroup = toInt(parseLong(files.linkName(directory.resolve("iommu_group"))));
            if (sriov) {
                pci.totalVfs = files.count(directory.resolve("sriov_totalvfs"));
                pci.numVfs = files.count(directory.resolve("sriov_numvfs"));
                for (String entry : files.names(directory)) {
                    Integer index = virtfnIndex(entry);
                    String target = index == null ? null : files.linkName(directory.resolve(entry));
                    if (target != null) {
                        pci.virtfns.put(index, target);
                    }
                }
            }
        }
    }

    private static List<String> flagsOf(String hex, Integer carrier) {
        List<String> flags = NetFlags.decode(hex);
        if (flags == null) {
            return null;
        }
        List<String> withCarrier = new ArrayList<>(flags);
        if (flags.contains("UP") && Integer.valueOf(1).equals(carrier)) {
            withCarrier.add("LOWER_UP");
        }
        return withCarrier;
    }

    /**
     * The names in one sysfs directory, listed once, so that absent attributes are skipped
     * without a failed open each.
     */
    private record Entries(Path directory, List<String> names) {

        boolean has(String name) {
            return names.contains(name);
        }

        Path path(String name) {
            return has(name) ? directory.resolve(name) : null;
        }
    }

    private static String pciAddressIn(Path real) {
        String found = null;
        for (Path part = real; part != null; part = part.getParent()) {
            Path name = part.getFileName();
            if (name != null && PCI_ADDRESS.matcher(name.toString()).matches()) {
                found = name.toString();
                break;
            }
        }
        return found;
    }

    private static Integer virtfnIndex(String entry) {
        if (!entry.startsWith("virtfn")) {
            return null;
        }
        Long index = parseLong(entry.substring("virtfn".length()));
        return toInt(index);
    }

    private static Long parseLong(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer toInt(Long value) {
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
