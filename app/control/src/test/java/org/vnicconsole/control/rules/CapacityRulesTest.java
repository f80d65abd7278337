package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.rules.RefusalAssert.assertThatRefusal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.capacity.InstanceType;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * RULES.md, Capacity: CAP-VNICS, CAP-IPV4 and CAP-ATTACH-FIT over several rows of the capacity
 * table. CAP-RESIZE and HOST-VF are in {@link ResizeAndHostVfRulesTest}.
 */
class CapacityRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"z2a.cpu.1", "z4a.cpu.16", "z2i.cpu.32", "z3a.cpu.64"})
    @Refuses(RuleId.CAP_VNICS)
    void attachingBeyondTheMaxVnicsIsRefused(String type) {
        int max = InstanceType.parse(type).caps().maxVnics();
        Instance web = fleet.launch("web-1", type);
        for (int n = 1; n < max; n++) {
            fleet.attachedElastic("leg-" + n, web.id());
        }
        Vnic extra = fleet.elastic("extra", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(extra.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_VNICS, "INVALID_INSTANCE_NIC_LIMIT", 400)
                .mentions(web.id(), max + " of " + max, "(" + web.type().vcpus() + " vCPU)");
        assertThat(fleet.vnicsOf(web.id())).hasSize(max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"z2a.cpu.2", "z4i.cpu.16", "z2a.cpu.32"})
    @Allows(RuleId.CAP_VNICS)
    void detachingFreesTheSlotForAnotherVnic(String type) {
        int max = InstanceType.parse(type).caps().maxVnics();
        Instance web = fleet.launch("web-1", type);
        Vnic last = null;
        for (int n = 1; n < max; n++) {
            last = fleet.attachedElastic("leg-" + n, web.id());
        }
        Vnic next = fleet.elastic("next", fleet.mgmt.id());

        fleet.plane.vnics().detach(last.id());
        fleet.plane.vnics().attach(next.id(), web.id());

        assertThat(fleet.vnicsOf(web.id())).hasSize(max).extracting(Vnic::id)
                .contains(next.id()).doesNotContain(last.id());
    }

    @Test
    @Holds(RuleId.CAP_VNICS)
    void concurrentAttachesNeverExceedTheMaxVnics() throws Exception {
        Instance web = fleet.launch("web-1", "z2a.cpu.16");
        List<Vnic> legs = IntStream.range(0, 8)
                .mapToObj(n -> fleet.elastic("leg-" + n, fleet.mgmt.id())).toList();
        ExecutorService threads = Executors.newFixedThreadPool(legs.size());

        List<Future<Boolean>> attaches = new ArrayList<>();
        for (Vnic leg : legs) {
            attaches.add(threads.submit(() -> attachOrRefuse(leg.id(), web.id())));
        }
        int attached = 0;
        for (Future<Boolean> attach : attaches) {
            attached += attach.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdown();

        assertThat(attached).isEqualTo(3);
        assertThat(fleet.vnicsOf(web.id())).hasSize(4);
        assertThat(fleet.freeVfsOf(fleet.hostA1)).isEqualTo(12);
    }

    private boolean attachOrRefuse(String nicId, String instanceId) {
        try {
            fleet.plane.vnics().attach(nicId, instanceId);
            return true;
        } catch (Refusal refusal) {
            assertThat(refusal.rule()).contains(RuleId.CAP_VNICS);
            return false;
        }
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource({"z2a.cpu.1, 6", "z2a.cpu.2, 10", "z4a.cpu.4, 15", "z2a.cpu.16, 30"})
    @Refuses(RuleId.CAP_IPV4)
    void assigningBeyondThePerVnicCapIsRefusedWhole(String type, int cap) {
        Instance web = fleet.launch("web-1", type);
        Vnic primary = fleet.primaryOf(web.id());

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.addresses().assignCount(primary.id(), cap));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_IPV4, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", 403)
                .mentions(primary.id(), "holds 1 ", cap + " more", "allows " + cap + " per vNIC");
        assertThat(fleet.addressesOf(primary.id())).hasSize(1);
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource({"z2a.cpu.1, 6", "z2a.cpu.2, 10", "z4a.cpu.8, 15", "z2a.cpu.64, 30"})
    @Allows(RuleId.CAP_IPV4)
    void assigningUpToThePerVnicCapSucceeds(String type, int cap) {
        Instance web = fleet.launch("web-1", type);
        Vnic primary = fleet.primaryOf(web.id());

        List<String> assigned = fleet.plane.addresses().assignCount(primary.id(), cap - 1);

        assertThat(assigned).hasSize(cap - 1);
        assertThat(fleet.addressesOf(primary.id())).hasSize(cap).doesNotHaveDuplicates();
    }

    @Test
    @Refuses(RuleId.CAP_IPV4)
    void explicitAddressesThatOnlyPartlyFitAreRefusedWhole() {
        Instance small = fleet.launch("small-1", "z2a.cpu.1");
        Vnic primary = fleet.primaryOf(small.id());
        fleet.plane.addresses().assignCount(primary.id(), 4);

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignAddresses(primary.id(), List.of("10.10.1.100", "10.10.1.101")));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_IPV4, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", 403)
                .mentions("holds 5 ", "2 more", "allows 6");
        assertThat(fleet.addressesOf(primary.id())).doesNotContain("10.10.1.100");
    }

    @Test
    @Refuses(RuleId.CAP_IPV4)
    void anUnattachedVnicIsRefusedBeyondTheLargestCap() {
        Vnic loose = fleet.elastic("loose", fleet.mgmt.id());

        Refusal refusal = fleet.refusedWithoutChange(() -> fleet.plane.addresses()
                .assignCount(loose.id(), CapacityTable.largestIpv4PerVnic()));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_IPV4, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", 403)
                .mentions(loose.id(), "holds 1 ", "30 more", "an unattached vNIC may hold 30");
    }

    @Test
    @Allows({RuleId.CAP_IPV4, RuleId.CAP_ATTACH_FIT})
    void anUnattachedVnicHoldsUpToTheLargestCap() {
        Vnic loose = fleet.elastic("loose", fleet.mgmt.id());

        fleet.plane.addresses().assignCount(loose.id(), 29);

        assertThat(fleet.addressesOf(loose.id())).hasSize(30);
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @CsvSource({"z2a.cpu.1, 6", "z2a.cpu.2, 10", "z4a.cpu.4, 15", "z2i.cpu.8, 15"})
    @Refuses(RuleId.CAP_ATTACH_FIT)
    void attachingAVnicHoldingMoreThanTheInstanceAllowsIsRefused(String type, int cap) {
        Instance web = fleet.launch("web-1", type);
        Vnic full = fleet.elastic("full", fleet.mgmt.id());
        fleet.plane.addresses().assignCount(full.id(), 29);

        Refusal refusal = fleet.refusedWithoutChange(() ->
                fleet.plane.vnics().attach(full.id(), web.id()));

        assertThatRefusal(refusal)
                .enforces(RuleId.CAP_ATTACH_FIT, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", 403)
                .mentions(full.id(), web.id(), "holds 30 ", "allows " + cap + " per vNIC",
                        "unassign " + (30 - cap));
        assertThat(fleet.addressesOf(full.id())).hasSize(30);
    }

    @ParameterizedTest(name = "{0} takes {1}")
    @CsvSource({"z2a.cpu.4, 15", "z2a.cpu.16, 30", "z4i.cpu.64, 30"})
    @Allows(RuleId.CAP_ATTACH_FIT)
    void attachingAVnicThatFitsKeepsEveryAddress(String type, int held) {
        Instance web = fleet.launch("web-1", type);
        Vnic nic = fleet.elastic("nic", fleet.mgmt.id());
        fleet.plane.addresses().assignCount(nic.id(), held - 1);
        List<String> before = fleet.addressesOf(nic.id());

        fleet.plane.vnics().attach(nic.id(), web.id());
        fleet.plane.vnics().detach(nic.id());
        fleet.plane.vnics().attach(nic.id(), web.id());

        assertThat(fleet.vnic(nic.id()).instanceId()).isEqualTo(web.id());
        assertThat(fleet.addressesOf(nic.id())).isEqualTo(before).hasSize(held);
    }
}
