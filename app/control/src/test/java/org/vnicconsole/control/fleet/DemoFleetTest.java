package org.vnicconsole.control.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.capacity.InstanceCaps;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;

class DemoFleetTest {

    private static ControlPlane plane;

    @BeforeAll
    static void load() {
        plane = TestPlanes.empty();
        assertThat(plane.loadIfEmpty(FleetLoader.demo())).isTrue();
    }

    @AfterAll
    static void close() {
        plane.close();
    }

    @Test
    void hasTheShapeTheIssueAsksFor() {
        plane.store().read(repos -> {
            assertThat(repos.network().regions()).hasSize(2);
            assertThat(repos.network().zones()).hasSize(3);
            assertThat(repos.network().vpcs()).hasSize(2);
            assertThat(repos.network().subnets()).hasSize(6);
            assertThat(repos.network().subnets().stream().filter(s -> s.hasIpv6())).hasSize(2);
            assertThat(repos.fabric().hosts()).hasSize(12);
            assertThat(repos.instances().all()).hasSize(40);
            return null;
        });
    }

    @Test
    void coversEverySizeRowAndSeveralFamilies() {
        List<Instance> instances = plane.store().read(repos -> repos.instances().all());
        Set<Integer> sizes = instances.stream().map(i -> i.type().vcpus())
                .collect(Collectors.toSet());
        Set<String> families = instances.stream().map(i -> i.type().family())
                .collect(Collectors.toSet());

        assertThat(sizes).containsExactlyInAnyOrderElementsOf(
                CapacityTable.rows().stream().map(InstanceCaps::vcpus).toList());
        assertThat(families).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void hasTheThreePatternsSecondaryIpsIpv6AndBothEipModes() {
        List<Vnic> vnics = plane.store().read(repos -> repos.vnics().all());
        List<Eip> eips = plane.store().read(repos -> repos.eips().all());

        assertThat(vnics).anyMatch(v -> v.kind() == VnicKind.ELASTIC && v.isAttached()
                && v.name().endsWith("-mgmt"));
        assertThat(vnics).anyMatch(v -> v.kind() == VnicKind.ELASTIC && !v.sourceDestCheck());
        assertThat(vnics).anyMatch(v -> v.kind() == VnicKind.ELASTIC && !v.isAttached());
        assertThat(vnics).anyMatch(v -> v.ipv6Address() != null);
        assertThat(eips).anyMatch(e -> e.mode() == ForwardingMode.STANDARD && e.isBound());
        assertThat(eips).anyMatch(e -> e.mode() == ForwardingMode.BYPASS && e.isBound());
        int addresses = plane.store().read(repos -> repos.addresses().all().size());
        assertThat(addresses).isGreaterThan(vnics.size());
    }

    @Test
    void satisfiesEveryStoreInvariant() {
        assertThat(plane.invariantViolations()).isEmpty();
    }

    @Test
    void loadsOnlyIntoAnEmptyStore() {
        assertThat(plane.loadIfEmpty(FleetLoader.demo())).isFalse();
    }
}
