package org.vnicconsole.control.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Vnic;

/**
 * Kills a child JVM with SIGKILL in the middle of a stream of mutations, reopens its store, and
 * checks that every acknowledged action is there and every invariant holds. Three rounds, each on
 * a new store, are killed at different points of the stream.
 */
class CrashTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedActionSurvivesKillNine() throws Exception {
        List<String> acks = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            acks.addAll(runAndKill(data.resolve("store-" + round), 150 + 100 * round));

            try (ControlPlane plane = ControlPlane.open(data.resolve("store-" + round), null)) {
                assertThat(plane.invariantViolations()).isEmpty();
                for (String ack : acks) {
                    assertAcknowledged(plane, ack.split(" "));
                }
            }
            acks.clear();
        }
    }

    private static void assertAcknowledged(ControlPlane plane, String[] ack) {
        switch (ack[1]) {
            case "vnic" -> {
                boolean exists = plane.store().read(repos -> repos.vnics().find(ack[2])
                        .isPresent());
                assertThat(exists).as("acknowledged vNIC %s", ack[2]).isTrue();
            }
            case "ip" -> {
                List<String> held = plane.store().read(repos -> repos.addresses().ofVnic(ack[2]))
                        .stream().map(PrivateIp::address).toList();
                assertThat(held).as("addresses of %s", ack[2]).contains(ack[3]);
            }
            case "attach" -> {
                Vnic vnic = plane.store().read(repos -> repos.vnics().find(ack[2]).orElseThrow());
                assertThat(vnic.instanceId()).as("instance of %s", ack[2]).isEqualTo(ack[3]);
            }
            default -> throw new AssertionError("unknown acknowledgement " + String.join(" ", ack));
        }
    }

    /** Runs the workload in a child JVM until it has acknowledged {@code count} actions. */
    private static List<String> runAndKill(Path store, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWorkload.class.getName(), store.toString())
                .redirectError(new File(store + ".stderr.log"))
                .start();
        List<String> acks = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && acks.size() < count) {
                if (line.startsWith("ACK ")) {
                    acks.add(line);
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acks).as("acknowledgements before the kill").hasSize(count);
        return acks;
    }
}
