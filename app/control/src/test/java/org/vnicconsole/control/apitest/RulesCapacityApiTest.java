package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.SMALL_ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.DescribeHostsRequest;
import org.vnicconsole.model.api.zec.ModifyInstanceTypeRequest;
import org.vnicconsole.model.rules.RuleId;

/**
 * The capacity rules of RULES.md at the API (CAP-VNICS, CAP-IPV4, CAP-ATTACH-FIT, CAP-RESIZE,
 * HOST-VF): each refusal names the numbers, and the allowed case just inside the cap passes.
 */
class RulesCapacityApiTest {

    private ApiScenario fleet;
    private String subnet;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void capVnicsRefusesAVnicBeyondTheInstancesMaxAndDetachFreesTheSlot() {
        String small = fleet.launch("small", "z2a.cpu.1", ZONE, subnet);
        String first = fleet.elasticNic("first", subnet);
        String second = fleet.elasticNic("second", subnet);
        fleet.attach(first, small);

        var refusal = refusedWith(400, "INVALID_INSTANCE_NIC_LIMIT", RuleId.CAP_VNICS,
                () -> fleet.attach(second, small));
        assertThat(fleet.nic(second).status()).isEqualTo("AVAILABLE");
        fleet.detach(first);
        fleet.attach(second, small);

        assertThat(refusal.getMessage()).contains("2 of 2");
        assertThat(fleet.nicsOf(small)).hasSize(2);
    }

    @Test
    void capIpv4RefusesARequestOverTheCapWholeAndAllowsOneUpToIt() {
        String small = fleet.launch("small", "z2a.cpu.1", ZONE, subnet);
        String primary = fleet.primaryOf(small).nicId();

        var refusal = refusedWith(403, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", RuleId.CAP_IPV4,
                () -> fleet.assign(primary, 6));
        assertThat(fleet.nic(primary).privateIpList()).hasSize(1);
        fleet.assign(primary, 5);

        assertThat(refusal.getMessage()).contains("holds 1", "6 more", "allows 6");
        assertThat(fleet.nic(primary).privateIpList()).hasSize(6);
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isEqualTo(6);
    }

    @Test
    void capIpv4LetsAnUnattachedVnicHoldTheLargestCapAndNoMore() {
        String nic = fleet.elasticNic("big", subnet);

        fleet.assign(nic, 29);
        var refusal = refusedWith(403, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", RuleId.CAP_IPV4,
                () -> fleet.assign(nic, 1));

        assertThat(refusal.getMessage()).contains("holds 30", "may hold 30");
        assertThat(fleet.nic(nic).privateIpList()).hasSize(30);
    }

    @Test
    void capAttachFitRefusesAVnicHoldingMoreThanTheInstanceAllowsNamingBothNumbers() {
        String small = fleet.launch("small", "z2a.cpu.1", ZONE, subnet);
        String medium = fleet.launch("medium", "z2a.cpu.4", ZONE, subnet);
        String nic = fleet.elasticNic("loaded", subnet);
        fleet.assign(nic, 9);

        var refusal = refusedWith(403, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT",
                RuleId.CAP_ATTACH_FIT, () -> fleet.attach(nic, small));
        assertThat(fleet.nic(nic).status()).isEqualTo("AVAILABLE");
        fleet.attach(nic, medium);

        assertThat(refusal.getMessage()).contains("holds 10", "allows 6", "unassign 4");
        assertThat(fleet.nic(nic).privateIpList()).hasSize(10);
    }

    @Test
    void capResizeRefusesASizeBelowWhatTheInstanceUsesNamingWhatIsOver() {
        String big = fleet.launch("big", "z2a.cpu.16", ZONE, subnet);
        String loaded = fleet.elasticNic("loaded", subnet);
        fleet.assign(loaded, 19);
        fleet.attach(loaded, big);
        fleet.attach(fleet.elasticNic("third", subnet), big);

        var refusal = refusedWith(409, "OPERATION_DENIED_RESIZE_OVER_CAPS", RuleId.CAP_RESIZE,
                () -> resize(big, "z2a.cpu.8"));
        resize(big, "z2a.cpu.32");

        assertThat(refusal.getMessage()).contains("3 vNICs attached", "allows 2",
                "holds 20 private IPv4", "allows 15");
        assertThat(fleet.instance(big).instanceType()).isEqualTo("z2a.cpu.32");
        assertThat(fleet.nic(loaded).queueCount()).isEqualTo(16);
    }

    @Test
    void aResizeWhoseQueueSetsTheHostAdapterCannotHoldIsRefusedAndChangesNothing() {
        String instance = fleet.launch("edge", "z2a.cpu.16", SMALL_ZONE, subnet);
        fleet.attach(fleet.elasticNic("leg", subnet), instance);

        var refusal = refusedWith(409, "OPERATION_DENIED_HOST_VF_EXHAUSTED", RuleId.HOST_VF,
                () -> resize(instance, "z2a.cpu.32"));

        assertThat(refusal.getMessage()).contains("host-c1", "would need 32 queues", "only 16");
        assertThat(fleet.instance(instance).instanceType()).isEqualTo("z2a.cpu.16");
        assertThat(smallHostAdapter().usedQueues()).isEqualTo(16);
    }

    @Test
    void hostVfRefusesAnAttachWhenTheHostHasNoFreeVfAndDetachReturnsIt() {
        String instance = fleet.launch("edge", "z2a.cpu.16", SMALL_ZONE, subnet);
        String first = fleet.elasticNic("first", subnet);
        String second = fleet.elasticNic("second", subnet);
        fleet.attach(first, instance);

        var refusal = refusedWith(409, "OPERATION_DENIED_HOST_VF_EXHAUSTED", RuleId.HOST_VF,
                () -> fleet.attach(second, instance));
        AdapterInfo full = smallHostAdapter();
        fleet.detach(first);
        AdapterInfo freed = smallHostAdapter();
        fleet.attach(second, instance);

        assertThat(refusal.getMessage()).contains("host-c1", "no free VF");
        assertThat(full.usedVfs()).isEqualTo(2);
        assertThat(freed.usedVfs()).isEqualTo(1);
        assertThat(freed.usedQueues()).isEqualTo(8);
        assertThat(fleet.nic(second).instanceId()).isEqualTo(instance);
    }

    @Test
    void hostVfRefusesAnAttachWhenTheFreeVfLacksQueuesAndSaysHowManyAreLeft() {
        String instance = fleet.launch("wide", "z2a.cpu.32", SMALL_ZONE, subnet);
        String nic = fleet.elasticNic("leg", subnet);

        var refusal = refusedWith(409, "OPERATION_DENIED_HOST_VF_EXHAUSTED", RuleId.HOST_VF,
                () -> fleet.attach(nic, instance));

        assertThat(refusal.getMessage()).contains("1 free VFs", "16 free queues", "at most 0");
        assertThat(smallHostAdapter().usedVfs()).isEqualTo(1);
        assertThat(fleet.nic(nic).status()).isEqualTo("AVAILABLE");
    }

    @Test
    void hostVfGivesEveryAttachedVnicItsOwnVfWithAQueueSetSizedByTheInstance() {
        String instance = fleet.launch("web", "z2a.cpu.4", ZONE, subnet);
        String nic = fleet.elasticNic("leg", subnet);

        fleet.attach(nic, instance);

        List<String> pcis = fleet.nicsOf(instance).stream().map(n -> n.vfPciAddress()).toList();
        assertThat(pcis).doesNotContainNull().doesNotHaveDuplicates().hasSize(2);
        assertThat(fleet.nicsOf(instance)).allSatisfy(n -> assertThat(n.queueCount()).isEqualTo(2));
    }

    private void resize(String instanceId, String type) {
        fleet.zec().modifyInstanceType(new ModifyInstanceTypeRequest(instanceId, type)).execute();
    }

    private AdapterInfo smallHostAdapter() {
        return fleet.operator().describeHosts(new DescribeHostsRequest(SMALL_ZONE,
                List.of(fleet.hostId("host-c1")), false, 10, 1)).execute().dataSet().get(0)
                .adapters().get(0);
    }
}
