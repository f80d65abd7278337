package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.control.fleet.FleetLoader;
import org.vnicconsole.model.api.operator.DescribeHostsRequest;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.zec.AttachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.DeleteNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.DescribeInstancesRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfacesRequest;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.rules.RuleId;

/** The demo fleet read and changed through signed HTTP calls of the client library. */
class ApiSmokeTest {

    private static ApiFixture api;

    @BeforeAll
    static void start() {
        var plane = TestPlanes.empty();
        plane.loadIfEmpty(FleetLoader.demo());
        api = ApiFixture.over(plane);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void describesTheDemoFleetWithPagesAndFilters() {
        Page<NicInfo> first = api.zec().describeNetworkInterfaces(nics(null, 10, 1)).execute();
        Page<NicInfo> elastic = api.zec().describeNetworkInterfaces(
                new DescribeNetworkInterfacesRequest(null, null, null, null, null, null, null,
                        "Secondary", null, null, null, null, null, 100, 1)).execute();

        assertThat(first.totalCount()).isEqualTo(50);
        assertThat(first.dataSet()).hasSize(10);
        assertThat(elastic.dataSet()).hasSize(10).allMatch(n -> n.nicType().equals("Secondary"));
    }

    @Test
    void anInstanceIsFoundByItsPrivateAddress() {
        Page<InstanceInfo> all = api.zec().describeInstances(instances(null)).execute();
        String address = all.dataSet().get(3).privateIpAddresses().get(0);

        Page<InstanceInfo> found = api.zec().describeInstances(instances(address)).execute();

        assertThat(found.dataSet()).singleElement()
                .satisfies(i -> assertThat(i.privateIpAddresses()).contains(address));
    }

    @Test
    void aRefusalCarriesTheRuleAndChangesNothing() {
        InstanceInfo full = api.zec().describeInstances(instances(null)).execute().dataSet()
                .stream().filter(i -> i.instanceName().equals("app-01")).findFirst().orElseThrow();
        NicInfo spare = api.zec().describeNetworkInterfaces(nics(null, 100, 1)).execute()
                .dataSet().stream().filter(n -> n.name().equals("worker-spare")).findFirst()
                .orElseThrow();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> api.zec()
                .attachNetworkInterface(new AttachNetworkInterfaceRequest(spare.nicId(),
                        full.instanceId())).execute());

        assertThat(refused.httpStatus()).isBetween(400, 499);
        assertThat(refused.rule()).contains(RuleId.CAP_VNICS);
        assertThat(api.plane().invariantViolations()).isEmpty();
    }

    @Test
    void aServiceNotFoundKeepsItsOwnCodeAndRequestId() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> api.zec()
                .deleteNetworkInterface(new DeleteNetworkInterfaceRequest("nic-unknown"))
                .execute());

        assertThat(refused.httpStatus()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("INVALID_NIC_NOT_FOUND");
        assertThat(refused.getMessage()).contains("nic-unknown");
        assertThat(refused.requestId()).isPresent();
    }

    @Test
    void theOperatorSeesHostsAdaptersAndVfs() {
        Page<HostInfo> hosts = api.operator().describeHosts(
                new DescribeHostsRequest("asia-east-1a", null, true, 100, 1)).execute();

        assertThat(hosts.totalCount()).isEqualTo(5);
        assertThat(hosts.dataSet().get(0).adapters()).hasSize(2);
        assertThat(hosts.dataSet().get(0).adapters().get(0).vfs()).hasSize(64);
    }

    private static DescribeNetworkInterfacesRequest nics(String instanceId, int size, int page) {
        return new DescribeNetworkInterfacesRequest(null, null, null, null, null, instanceId,
                null, null, null, null, null, null, null, size, page);
    }

    private static DescribeInstancesRequest instances(String ipv4) {
        return new DescribeInstancesRequest(null, null, null, ipv4, null, null, null, null, null,
                null, 100, 1);
    }
}
