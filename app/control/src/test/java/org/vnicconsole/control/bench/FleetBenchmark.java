package org.vnicconsole.control.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.apitest.ApiFixture;
import org.vnicconsole.control.fleet.FleetGenerator;
import org.vnicconsole.control.fleet.FleetLoader;
import org.vnicconsole.control.store.Store;
import org.vnicconsole.model.api.zec.DescribeInstancesRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfacesRequest;

/**
 * A benchmark harness, not a test: loads generated fleets into a file store and times the load
 * and the API's heaviest reads over signed HTTP, then writes a report to
 * {@code target/benchmarks/fleet.md}. It asserts nothing about time. Run with
 * {@code mvn -B -q -pl app/control -am verify -Dgroups=benchmark -Dtest=FleetBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the size list comes from
 * {@code -Dbench.sizes=1000,4000}.
 */
@Tag("benchmark")
class FleetBenchmark {

    @Test
    void loadAndDescribeGeneratedFleets() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("| instances | vNICs | load (s) | DescribeInstances p50 (ms) "
                + "| DescribeNetworkInterfaces p50 (ms) | heap used after (MiB) |");
        lines.add("|---|---|---|---|---|---|");
        for (String size : System.getProperty("bench.sizes", "1000").split(",")) {
            lines.add(run(Integer.parseInt(size.trim())));
        }
        Path report = Path.of("target", "benchmarks", "fleet.md");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    private static String run(int size) throws IOException {
        Path dir = Files.createTempDirectory("vnic-bench");
        ControlPlane plane = new ControlPlane(Store.openFile(dir), java.time.Clock.systemUTC(),
                org.vnicconsole.control.service.Ids.random());
        long started = System.nanoTime();
        new FleetLoader(plane).load(FleetGenerator.generate(size));
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        int vnics = plane.store().read(repos -> repos.vnics().all().size());
        try (ApiFixture api = ApiFixture.over(plane)) {
            double instances = median(() -> api.zec().describeInstances(
                    new DescribeInstancesRequest(null, null, null, null, null, null, null, null,
                            null, null, 1000, 1)).execute());
            double nics = median(() -> api.zec().describeNetworkInterfaces(
                    new DescribeNetworkInterfacesRequest(null, null, null, null, null, null, null,
                            null, null, null, null, null, null, 1000, 1)).execute());
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heap = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
            return String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f | %.0f | %d |", size,
                    vnics, loadSeconds, instances, nics, heap);
        }
    }

    private static double median(Runnable call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long started = System.nanoTime();
            call.run();
            times.add(System.nanoTime() - started);
        }
        times.sort(Long::compare);
        return times.get(times.size() / 2) / 1e6;
    }
}
