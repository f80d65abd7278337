package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.client.ApiService;
import org.vnicconsole.client.OperatorClient;
import org.vnicconsole.client.ZecClient;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.model.api.zec.AttachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.DetachNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * A small fleet for API tests: regions, zones and hosts set up on the plane (the tenant API
 * cannot create them), everything else created and read through signed calls of the client
 * library. Zone {@link #ZONE} has two roomy hosts, {@link #ZONE_B} one, {@link #SMALL_ZONE} a
 * host with 2 VFs and 16 queues and one with none, and {@link #FAR_ZONE} lies in another
 * region. One per test.
 */
final class ApiScenario implements AutoCloseable {

    static final String REGION = "asia-east-1";
    static final String ZONE = "asia-east-1a";
    static final String ZONE_B = "asia-east-1b";
    static final String SMALL_ZONE = "asia-east-1c";
    static final String FAR_REGION = "eu-west-1";
    static final String FAR_ZONE = "eu-west-1a";
    static final String IMAGE = "ubuntu2404_20240712";

    private final ApiFixture api;
    private final Map<String, String> hosts = new HashMap<>();
    private final String defaultGroup;

    private ApiScenario(ApiFixture api) {
        this.api = api;
        ControlPlane plane = api.plane();
        plane.network().createRegion(REGION, "Asia East", "203.0.113.0/26");
        plane.network().createRegion(FAR_REGION, "EU West", "198.51.100.0/28");
        plane.network().createZone(ZONE, REGION, "Zone A", "Taipei");
        plane.network().createZone(ZONE_B, REGION, "Zone B", "Taipei");
        plane.network().createZone(SMALL_ZONE, REGION, "Zone C", "Taichung");
        plane.network().createZone(FAR_ZONE, FAR_REGION, "Zone EU", "Frankfurt");
        host("host-a1", ZONE, 16, 256);
        host("host-a2", ZONE, 16, 256);
        host("host-b1", ZONE_B, 16, 256);
        host("host-c1", SMALL_ZONE, 2, 16);
        host("host-c2", SMALL_ZONE, 0, 0);
        host("host-e1", FAR_ZONE, 16, 256);
        this.defaultGroup = zec("CreateSecurityGroup", Map.of("securityGroupName", "default"))
                .get("securityGroupId").asText();
    }

    static ApiScenario start() {
        return new ApiScenario(ApiFixture.over(TestPlanes.empty()));
    }

    private void host(String name, String zone, int vfs, int queues) {
        var adapter = new AdapterSpec("ens1f0", "0000:3b:00.0", "ice", "E810", vfs, queues);
        hosts.put(name, api.plane().fabric().registerHost(name, zone, 64, 512, List.of(adapter))
                .id());
    }

    ApiFixture api() {
        return api;
    }

    ZecClient zec() {
        return api.zec();
    }

    OperatorClient operator() {
        return api.operator();
    }

    String hostId(String name) {
        return hosts.get(name);
    }

    String defaultGroup() {
        return defaultGroup;
    }

    /** Any zec action with a map body; the {@code response} object as a tree. */
    JsonNode zec(String action, Map<String, ?> body) {
        return api.zecCall(action, body);
    }

    <T> Page<T> page(String action, Map<String, ?> body, Class<T> rowType) {
        return api.tenantTransport().newPageCall(ApiService.ZEC, action, body, rowType)
                .execute();
    }

    String vpc(String name, String cidr) {
        return zec(ZecApi.CREATE_VPC, Map.of("name", name, "cidrBlock", cidr, "mtu", 1500))
                .get("vpcId").asText();
    }

    String subnet(String vpcId, String region, String name, String cidr) {
        return zec(ZecApi.CREATE_SUBNET, Map.of("vpcId", vpcId, "regionId", region, "name", name,
                "stackType", "IPv4", "cidrBlock", cidr)).get("subnetId").asText();
    }

    String dualStackSubnet(String vpcId, String region, String name, String cidr,
            String ipv6Type) {
        return zec(ZecApi.CREATE_SUBNET, Map.of("vpcId", vpcId, "regionId", region, "name", name,
                "stackType", "IPv4_IPv6", "cidrBlock", cidr, "ipv6Type", ipv6Type))
                .get("subnetId").asText();
    }

    /** Launches one instance and returns its id. */
    String launch(String name, String type, String zone, String subnetId) {
        return launch(Map.of("instanceName", name, "instanceType", type, "zoneId", zone,
                "subnetId", subnetId)).get("instanceIdSet").get(0).asText();
    }

    /** Launches with the image filled in and the given fields; the raw response. */
    JsonNode launch(Map<String, ?> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("imageId", IMAGE);
        return zec(ZecApi.CREATE_ZEC_INSTANCES, body);
    }

    String elasticNic(String name, String subnetId) {
        return zec(ZecApi.CREATE_NETWORK_INTERFACE, Map.of("name", name, "subnetId", subnetId))
                .get("nicId").asText();
    }

    String eip(String region) {
        return zec(ZecApi.CREATE_EIPS, Map.of("regionId", region, "name", "eip-test",
                "internetChargeType", "ByBandwidth")).get("eipIds").get(0).asText();
    }

    void attach(String nicId, String instanceId) {
        zec().attachNetworkInterface(new AttachNetworkInterfaceRequest(nicId, instanceId))
                .execute();
    }

    void detach(String nicId) {
        zec().detachNetworkInterface(new DetachNetworkInterfaceRequest(nicId)).execute();
    }

    void bind(String eipId, String nicId, String lanIp, String bindType) {
        zec(ZecApi.ASSOCIATE_EIP_ADDRESS, Map.of("eipIds", List.of(eipId), "nicId", nicId,
                "lanIp", lanIp, "bindType", bindType));
    }

    List<String> assign(String nicId, int count) {
        JsonNode assigned = zec(ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4,
                Map.of("nicId", nicId, "ipAddressCount", count)).get("ipAddresses");
        return java.util.stream.StreamSupport.stream(assigned.spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    NicInfo nic(String nicId) {
        return page(ZecApi.DESCRIBE_NETWORK_INTERFACES, Map.of("nicIds", List.of(nicId)),
                NicInfo.class).dataSet().stream().findFirst().orElse(null);
    }

    List<NicInfo> nicsOf(String instanceId) {
        return page(ZecApi.DESCRIBE_NETWORK_INTERFACES, Map.of("instanceId", instanceId,
                "pageSize", 100), NicInfo.class).dataSet();
    }

    NicInfo primaryOf(String instanceId) {
        return nicsOf(instanceId).stream().filter(n -> n.nicType().equals("Primary"))
                .findFirst().orElseThrow();
    }

    InstanceInfo instance(String instanceId) {
        return page(ZecApi.DESCRIBE_INSTANCES, Map.of("instanceIds", List.of(instanceId)),
                InstanceInfo.class).dataSet().stream().findFirst().orElse(null);
    }

    SubnetInfo subnetInfo(String subnetId) {
        return page(ZecApi.DESCRIBE_SUBNETS, Map.of("subnetIds", List.of(subnetId)),
                SubnetInfo.class).dataSet().stream().findFirst().orElse(null);
    }

    VpcInfo vpcInfo(String vpcId) {
        return page(ZecApi.DESCRIBE_VPCS, Map.of("vpcIds", List.of(vpcId)), VpcInfo.class)
                .dataSet().stream().findFirst().orElse(null);
    }

    EipInfo eipInfo(String eipId) {
        return page(ZecApi.DESCRIBE_EIPS, Map.of("eipIds", List.of(eipId)), EipInfo.class)
                .dataSet().stream().findFirst().orElse(null);
    }

    int count(String action) {
        return page(action, Map.of(), Object.class).totalCount();
    }

    /** What CheckInvariants reports now through the operator API. */
    List<String> violations() {
        return operator().checkInvariants().execute().violations();
    }

    /** The ApiException the call throws; fails the test when it does not throw one. */
    static ApiException refused(ThrowingCallable call) {
        ApiException refusal = catchThrowableOfType(ApiException.class, call);
        if (refusal == null) {
            throw new AssertionError("expected the call to be refused, but it succeeded");
        }
        return refusal;
    }

    /**
     * The refusal of the call, checked for its envelope: the status, the code, a request id and
     * the rule (parsed from the message's trailing tag), or no rule when {@code rule} is null.
     */
    static ApiException refusedWith(int status, String code, RuleId rule, ThrowingCallable call) {
        ApiException refusal = refused(call);
        assertThat(refusal.httpStatus()).as(refusal.getMessage()).isEqualTo(status);
        assertThat(refusal.code()).as(refusal.getMessage()).isEqualTo(code);
        assertThat(refusal.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("T"));
        if (rule == null) {
            assertThat(refusal.rule()).as(refusal.getMessage()).isEmpty();
        } else {
            assertThat(refusal.rule()).as(refusal.getMessage()).contains(rule);
            assertThat(refusal.getMessage()).endsWith(rule.tag());
        }
        return refusal;
    }

    @Override
    public void close() {
        api.close();
    }
}
