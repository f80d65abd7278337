package org.vnicconsole.control.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.error.Refusal;

/**
 * 32 threads race for what is one short of running out: the last free addresses of a small
 * subnet, and the last vNIC slot of an instance. Exactly as many succeed as capacity allows, and
 * the store's invariants hold afterwards.
 */
class RaceTest {

    private static final int THREADS = 32;

    private ControlPlane plane;
    private String subnetId;
    private Instance instance;

    @BeforeEach
    void setUp() {
        plane = TestPlanes.empty();
        plane.network().createRegion("r1", "Region one", "203.0.113.0/24");
        plane.network().createZone("r1a", "r1", "Zone A", "City");
        plane.network().createSecurityGroup("default");
        String vpcId = plane.network().createVpc("race", "10.1.0.0/16", 1500).id();
        subnetId = plane.network().createSubnet(vpcId, "r1", "wide", "10.1.0.0/20", null, null)
                .id();
        plane.fabric().registerHost("h1", "r1a", 256, 1024,
                List.of(new AdapterSpec("ens1", "0000:3b:00.0", "mlx5_core", "CX6", 128, 4096)));
        instance = plane.instances().launch(new Launch("target", "z2a.cpu.16", "r1a", subnetId,
                "img", null, null, false, false, null));
    }

    @AfterEach
    void tearDown() {
        plane.close();
    }

    @Test
    void theLastFreeAddressesOfASubnetGoToExactlyAsManyCallersAsThereAreAddresses() {
        String smallId = plane.network().createSubnet(
                plane.store().read(repos -> repos.network().subnet(subnetId).orElseThrow().vpcId()),
                "r1", "small", "10.1.200.0/28", null, null).id();
        List<String> nics = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            nics.add(i < 8
                    ? plane.vnics().createElastic(new CreateElastic("s-" + i, smallId, null, null,
                            false)).id()
                    : plane.vnics().createElastic(new CreateElastic("w-" + i, subnetId, null, null,
                            false)).id());
        }
        int free = 13 - 8;

        Map<String, Integer> outcomes = race(i -> () -> {
            plane.addresses().assignCount(nics.get(i % 8), 1);
            return "ok";
        });

        assertThat(outcomes.getOrDefault("ok", 0)).isEqualTo(free);
        assertThat(outcomes.getOrDefault("INVALID_SUBNET_IP_INSUFFICIENT", 0))
                .isEqualTo(THREADS - free);
        int held = plane.store().read(repos -> repos.addresses().countInSubnet(smallId));
        assertThat(held).isEqualTo(13);
        assertThat(plane.invariantViolations()).isEmpty();
    }

    @Test
    void theLastVnicSlotOfAnInstanceGoesToExactlyOneCaller() {
        for (int i = 0; i < 2; i++) {
            String id = plane.vnics().createElastic(new CreateElastic("pre-" + i, subnetId, null,
                    null, false)).id();
            plane.vnics().attach(id, instance.id());
        }
        List<String> contenders = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            contenders.add(plane.vnics().createElastic(new CreateElastic("c-" + i, subnetId, null,
                    null, false)).id());
        }

        Map<String, Integer> outcomes = race(i -> () -> {
            plane.vnics().attach(contenders.get(i), instance.id());
            return "ok";
        });

        assertThat(outcomes.get("ok")).isEqualTo(1);
        assertThat(outcomes.get("INVALID_INSTANCE_NIC_LIMIT")).isEqualTo(THREADS - 1);
        int attached = plane.store().read(repos -> repos.vnics().attachedCount(instance.id()));
        assertThat(attached).isEqualTo(4);
        assertThat(plane.invariantViolations()).isEmpty();
    }

    @Test
    void oneVnicRacedToManyInstancesIsAttachedOnce() {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(plane.instances().launch(new Launch("i-" + i, "z2a.cpu.16", "r1a",
                    subnetId, "img", null, null, false, false, null)).id());
        }
        String nic = plane.vnics().createElastic(new CreateElastic("shared", subnetId, null, null,
                false)).id();

        Map<String, Integer> outcomes = race(i -> () -> {
            plane.vnics().attach(nic, instances.get(i % instances.size()));
            return "ok";
        });

        assertThat(outcomes.get("ok")).isEqualTo(1);
        assertThat(outcomes.get("INVALID_NIC_ATTACHED")).isEqualTo(THREADS - 1);
        boolean holdsVf = plane.store().read(repos -> repos.fabric().vfOfVnic(nic).isPresent());
        assertThat(holdsVf).isTrue();
        assertThat(plane.invariantViolations()).isEmpty();
    }

    /** Starts every task at once; counts outcomes by "ok" or refusal code. */
    private static Map<String, Integer> race(IntFunction<Callable<String>> task) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<String> call = task.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return call.call();
                } catch (Refusal refusal) {
                    return refusal.code();
                }
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        try {
            for (Future<String> future : futures) {
                outcomes.merge(future.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
        } catch (Exception e) {
            throw new AssertionError("a racing call failed unexpectedly", e);
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }
}
