package org.vnicconsole.agent.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.SysfsTree;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.iproute.IprouteJsonParser;
import org.vnicconsole.agent.iproute.SnapshotIprouteSource;

/**
 * A timed harness, not a unit test: builds a 4-PF, 512-VF snapshot on disk, times the agent's
 * inspection of it, times parsing its iproute2 JSON alone, and times {@code ip -j -d link show}
 * on this machine (which has no VFs: the kernel cannot be made to list fake ones). Prints the
 * median of several runs after a warm-up. The snapshot goes to {@code /dev/shm} when it can, so
 * that file reads cost what they cost on sysfs (memory), not on a disk. docs/agent.md gives the
 * command and the figures.
 */
public final class AgentBenchmark {

    private static final int PFS = 4;
    private static final int VFS_PER_PF = 128;
    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    private AgentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path memory = Path.of("/dev/shm");
        Path snapshot = Files.isWritable(memory)
                ? Files.createTempDirectory(memory, "vnic-agent-bench")
                : Files.createTempDirectory("vnic-agent-bench");
        build(snapshot);
        Agent agent = new Agent(OptionalInt.empty());
        SnapshotIprouteSource iproute = new SnapshotIprouteSource(snapshot);
        String linkJson = iproute.links().orElseThrow();

        double[] inspect = median(() -> agent.inspectMachine("snapshot", snapshot, iproute));
        double[] parse = median(() -> new IprouteJsonParser().mergeLinks(linkJson,
                new MachineFacts()));
        double[] ipCommand = median(AgentBenchmark::runIp);
        AgentReport report = agent.inspectMachine("snapshot", snapshot, iproute);
        int vfs = report.inventory().physicalFunctions().stream()
                .mapToInt(pf -> pf.vfs().size()).sum();

        System.out.printf(Locale.ROOT, "snapshot in %s: %d PFs, %d VFs (%d KiB of iproute2 "
                + "JSON)%n", snapshot, report.inventory().physicalFunctions().size(), vfs,
                linkJson.length() / 1024);
        String row = "%-36s median wall %8.2f ms, this thread's CPU %8.2f ms%n";
        System.out.printf(Locale.ROOT, row, "agent inspection of the snapshot", inspect[0],
                inspect[1]);
        System.out.printf(Locale.ROOT, row, "parse of its ip -j -d link JSON", parse[0],
                parse[1]);
        System.out.printf(Locale.ROOT, row, "ip -j -d link show (this machine)", ipCommand[0],
                ipCommand[1]);
        delete(snapshot);
    }

    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void build(Path root) throws IOException {
        SysfsTree tree = new SysfsTree(root);
        StringBuilder links = new StringBuilder("[");
        for (int pf = 0; pf < PFS; pf++) {
            String pfAddress = String.format("0000:%02x:00.0", 0x3b + pf);
            String pfName = "ens" + (pf + 1) + "f0";
            tree.pci(pfAddress).sriov(pfAddress, "256", Integer.toString(VFS_PER_PF))
                    .driver(pfAddress, "ice")
                    .netdev(pfName, pfAddress, String.format("02:00:00:%02x:00:00", pf), true);
            links.append(pf == 0 ? "" : ",").append("{\"ifname\":\"").append(pfName)
                    .append("\",\"flags\":[\"UP\",\"LOWER_UP\"],\"vfinfo_list\":[");
            for (int vf = 0; vf < VFS_PER_PF; vf++) {
                String vfAddress = String.format("0000:%02x:%02x.%x", 0x3b + pf, 1 + vf / 8,
                        vf % 8);
                String mac = String.format("02:00:00:%02x:%02x:%02x", pf, vf / 256, vf % 256);
                tree.vf(pfAddress, vf, vfAddress).driver(vfAddress, "iavf")
                        .netdev(pfName + "v" + vf, vfAddress, mac, false);
                links.append(vf == 0 ? "" : ",").append("{\"vf\":").append(vf)
                        .append(",\"address\":\"").append(mac).append("\",\"vlan_list\":[{")
                        .append("\"vlan\":").append(100 + vf).append(",\"qos\":0}],")
                        .append("\"rate\":{\"max_tx\":10000,\"min_tx\":0},\"spoofchk\":true,")
                        .append("\"link_state\":\"auto\",\"trust\":false}");
            }
            links.append("]}");
        }
        links.append(']');
        Path iproute = root.resolve(SnapshotIprouteSource.DIRECTORY);
        Files.createDirectories(iproute);
        Files.writeString(iproute.resolve("link.json"), links.toString());
        Files.writeString(iproute.resolve("addr.json"), "[]");
        Files.writeString(iproute.resolve("route.json"), "[]");
    }

    private static void runIp() {
        try {
            Process process = new ProcessBuilder("ip", "-j", "-d", "link", "show")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream out = process.getInputStream()) {
                out.readAllBytes();
            }
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("ip is not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Median wall time and median CPU time of this thread, in milliseconds. */
    private static double[] median(Runnable task) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            task.run();
        }
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.run();
            wall.add(System.nanoTime() - start);
            cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
        }
        Collections.sort(wall, Comparator.naturalOrder());
        Collections.sort(cpu, Comparator.naturalOrder());
        return new double[] {wall.get(RUNS / 2) / 1e6, cpu.get(RUNS / 2) / 1e6};
    }
}
