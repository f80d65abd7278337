package org.vnicconsole.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.AttachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.CreateVpcRequest;
import org.vnicconsole.model.api.zec.CreateVpcResponse;
import org.vnicconsole.model.api.zec.DeleteVpcRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfaceRegionsRequest;
import org.vnicconsole.model.api.zec.DescribeNetworkInterfacesRequest;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

class ZecClientTest {

    @AutoClose
    private final TestServer test = new TestServer();
    private final ZecClient zec = new ZecClient(test.transport);

    @Test
    void offersOneMethodNamedAfterEachZecAction() throws Exception {
        List<String> actions = new ArrayList<>();

        for (Method method : ZecClient.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                ApiCall<?> call = (ApiCall<?>) method.invoke(zec, (Object) null);
                assertThat(call.service()).isEqualTo(ApiService.ZEC);
                String action = call.action();
                assertThat(method.getName())
                        .isEqualTo(Character.toLowerCase(action.charAt(0)) + action.substring(1));
                actions.add(call.action());
            }
        }

        assertThat(actions).containsExactlyInAnyOrderElementsOf(ZecApi.ACTIONS);
    }

    @Test
    void readsAPageOfNicsIntoNicInfoRecords() throws Exception {
        test.enqueue(TestServer.ok("T1", "\"totalCount\":3,\"dataSet\":[{\"nicId\":\"nic-1\","
                + "\"nicType\":\"Secondary\",\"privateIpList\":[\"10.0.0.5\",\"10.0.0.6\"],"
                + "\"primaryIpv6\":null,\"queueCount\":4,\"sourceDestCheck\":false,"
                + "\"resourceGroup\":{\"resourceGroupId\":\"rg-1\"}}]"));

        Page<NicInfo> page = zec.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest(
                null, null, null, null, "subnet-1", null, null, null, null, null, null, null,
                null, 1, 1)).execute();

        assertThat(page.totalCount()).isEqualTo(3);
        NicInfo nic = page.dataSet().get(0);
        assertThat(nic.nicId()).isEqualTo("nic-1");
        assertThat(nic.privateIpList()).containsExactly("10.0.0.5", "10.0.0.6");
        assertThat(nic.primaryIpv6()).isNull();
        assertThat(nic.queueCount()).isEqualTo(4);
        assertThat(nic.sourceDestCheck()).isFalse();
        assertThat(nic.resourceGroup().resourceGroupId()).isEqualTo("rg-1");
        assertThat(test.take().getBody().utf8())
                .isEqualTo("{\"subnetId\":\"subnet-1\",\"pageSize\":1,\"pageNum\":1}");
    }

    @Test
    void sendsARequestRecordWithoutItsUnsetFields() throws Exception {
        test.enqueue(TestServer.ok("T1", "\"vpcId\":\"vpc-7\""));

        CreateVpcResponse created = zec.createVpc(
                new CreateVpcRequest("web", "10.0.0.0/16", 1500, null, null, null)).execute();

        assertThat(created.vpcId()).isEqualTo("vpc-7");
        assertThat(test.take().getBody().utf8())
                .isEqualTo("{\"name\":\"web\",\"cidrBlock\":\"10.0.0.0/16\",\"mtu\":1500}");
    }

    @Test
    void sendsAnEmptyObjectForARequestRecordWithoutFields() throws Exception {
        test.enqueue(TestServer.ok("T1", "\"regionIds\":[\"asia-east-1\"]"));

        var regions = zec.describeNetworkInterfaceRegions(
                new DescribeNetworkInterfaceRegionsRequest()).execute();

        assertThat(regions.regionIds()).containsExactly("asia-east-1");
        assertThat(test.take().getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void anActionWithoutOutputReturnsNullAndIsLoggedWithItsTarget() {
        test.enqueue(TestServer.ok("T1", ""));

        Void nothing = zec.deleteVpc(new DeleteVpcRequest("vpc-1")).execute();

        assertThat(nothing).isNull();
        assertThat(test.records).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("DeleteVpc");
            assertThat(record.target()).isEqualTo("vpcId=vpc-1");
        });
    }

    @Test
    void anAsyncRefusalCarriesTheRuleItEnforces() throws Exception {
        test.enqueue(TestServer.error(400, "T1", "INVALID_INSTANCE_NIC_LIMIT",
                "i-1 holds 2 of 2 vNICs [CAP-VNICS]"));

        CompletableFuture<RuleId> rule = zec
                .attachNetworkInterface(new AttachNetworkInterfaceRequest("nic-1", "i-1"))
                .executeAsync(Runnable::run)
                .handle((value, failure) -> ((ApiException) failure).rule().orElseThrow());

        assertThat(rule.get(5, TimeUnit.SECONDS)).isEqualTo(RuleId.CAP_VNICS);
        assertThat(test.take().getHeaders().get("x-zc-action"))
                .isEqualTo("AttachNetworkInterface");
    }
}
