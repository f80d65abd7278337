package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/** CreateVpc, DeleteVpc, DescribeVpcs, CreateSubnet, DeleteSubnet, DescribeSubnets over HTTP. */
class VpcSubnetApiTest {

    private ApiScenario fleet;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void createVpcAnswersAVpcIdThatDescribeVpcsShows() {
        JsonNode created = fleet.zec(ZecApi.CREATE_VPC,
                Map.of("name", "prod", "cidrBlock", "10.1.0.0/16", "mtu", 9000));

        assertThat(created.get("vpcId").isTextual()).isTrue();
        assertThat(created.get("requestId").asText()).startsWith("T");
        VpcInfo vpc = fleet.vpcInfo(created.get("vpcId").asText());
        assertThat(vpc.name()).isEqualTo("prod");
        assertThat(vpc.cidrBlock()).isEqualTo("10.1.0.0/16");
        assertThat(vpc.mtu()).isEqualTo(9000);
    }

    @Test
    void createVpcOutsideThePrivateRangesIsRefusedNamingTheFieldAndCreatesNothing() {
        var refusal = refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec(
                ZecApi.CREATE_VPC, Map.of("name", "pub", "cidrBlock", "8.8.0.0/16", "mtu", 1500)));

        assertThat(refusal.getMessage()).contains("cidrBlock");
        assertThat(fleet.count(ZecApi.DESCRIBE_VPCS)).isZero();
    }

    @Test
    void createVpcWithAnUnofferedMtuOrAMissingNameIsRefused() {
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec(ZecApi.CREATE_VPC,
                Map.of("name", "odd", "cidrBlock", "10.0.0.0/16", "mtu", 1400)));
        refusedWith(400, "MISSING_PARAMETER", null, () -> fleet.zec(ZecApi.CREATE_VPC,
                Map.of("cidrBlock", "10.0.0.0/16", "mtu", 1500)));
        refusedWith(400, "INVALID_PARAMETER_TYPE", null, () -> fleet.zec(ZecApi.CREATE_VPC,
                Map.of("name", "typed", "cidrBlock", "10.0.0.0/16", "mtu", "1500")));

        assertThat(fleet.count(ZecApi.DESCRIBE_VPCS)).isZero();
    }

    @Test
    void deleteVpcRemovesAnEmptyVpcAndRefusesOneWithSubnets() {
        String empty = fleet.vpc("empty", "10.2.0.0/16");
        String used = fleet.vpc("used", "10.3.0.0/16");
        fleet.subnet(used, REGION, "web", "10.3.1.0/24");

        fleet.zec(ZecApi.DELETE_VPC, Map.of("vpcId", empty));
        var refusal = refusedWith(409, "INVALID_VPC_IN_USE", null,
                () -> fleet.zec(ZecApi.DELETE_VPC, Map.of("vpcId", used)));

        assertThat(refusal.getMessage()).contains("1 subnets");
        assertThat(fleet.vpcInfo(empty)).isNull();
        assertThat(fleet.vpcInfo(used)).isNotNull();
        refusedWith(404, "INVALID_VPC_NOT_FOUND", null,
                () -> fleet.zec(ZecApi.DELETE_VPC, Map.of("vpcId", "vpc-nope")));
    }

    @Test
    void describeVpcsPagesAndFiltersByIdsAndFuzzyName() {
        String first = fleet.vpc("alpha-net", "10.10.0.0/16");
        fleet.vpc("beta-net", "10.11.0.0/16");
        fleet.vpc("gamma", "10.12.0.0/16");

        Page<VpcInfo> second = fleet.page(ZecApi.DESCRIBE_VPCS,
                Map.of("pageSize", 2, "pageNum", 2), VpcInfo.class);
        Page<VpcInfo> fuzzy = fleet.page(ZecApi.DESCRIBE_VPCS, Map.of("name", "net"),
                VpcInfo.class);
        Page<VpcInfo> byId = fleet.page(ZecApi.DESCRIBE_VPCS, Map.of("vpcIds", List.of(first)),
                VpcInfo.class);

        assertThat(second.totalCount()).isEqualTo(3);
        assertThat(second.dataSet()).hasSize(1);
        assertThat(fuzzy.dataSet()).extracting(VpcInfo::name)
                .containsExactlyInAnyOrder("alpha-net", "beta-net");
        assertThat(byId.dataSet()).extracting(VpcInfo::vpcId).containsExactly(first);
    }

    @Test
    void describeVpcsRefusesAPageSizeOutOfBounds() {
        refusedWith(400, "INVALID_PARAMETER_EXCEED_MAXIMUM", null, () -> fleet.page(
                ZecApi.DESCRIBE_VPCS, Map.of("pageSize", 1001), VpcInfo.class));
        refusedWith(400, "INVALID_PARAMETER_LESS_MINIMUM", null, () -> fleet.page(
                ZecApi.DESCRIBE_VPCS, Map.of("pageNum", 0), VpcInfo.class));
    }

    @Test
    void createSubnetAnswersASubnetIdAndDescribeSubnetsShowsItsFields() {
        String vpc = fleet.vpc("prod", "10.1.0.0/16");

        JsonNode created = fleet.zec(ZecApi.CREATE_SUBNET, Map.of("vpcId", vpc, "regionId",
                REGION, "name", "web", "stackType", "IPv4_IPv6", "cidrBlock", "10.1.1.0/24",
                "ipv6Type", "Public"));

        SubnetInfo subnet = fleet.subnetInfo(created.get("subnetId").asText());
        assertThat(subnet.vpcId()).isEqualTo(vpc);
        assertThat(subnet.regionId()).isEqualTo(REGION);
        assertThat(subnet.cidrBlock()).isEqualTo("10.1.1.0/24");
        assertThat(subnet.gatewayIpAddress()).isEqualTo("10.1.1.1");
        assertThat(subnet.stackType()).isEqualTo("IPv4_IPv6");
        assertThat(subnet.ipv6Type()).isEqualTo("Public");
        assertThat(subnet.ipv6CidrBlock()).endsWith("/64");
        assertThat(subnet.usageIpv4Count()).isZero();
    }

    @Test
    void createSubnetOutsideItsVpcOrOverlappingASiblingIsRefusedAndCreatesNothing() {
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");

        var outside = refusedWith(400, "INVALID_SUBNET_CIDR_NOT_IN_VPC", null, () -> fleet.zec(
                ZecApi.CREATE_SUBNET, Map.of("vpcId", vpc, "regionId", REGION, "name", "out",
                        "stackType", "IPv4", "cidrBlock", "10.2.1.0/24")));
        var overlap = refusedWith(409, "INVALID_SUBNET_CIDR_CONFLICT", null, () -> fleet.zec(
                ZecApi.CREATE_SUBNET, Map.of("vpcId", vpc, "regionId", REGION, "name", "dup",
                        "stackType", "IPv4", "cidrBlock", "10.1.1.128/25")));

        assertThat(outside.getMessage()).contains("cidrBlock");
        assertThat(overlap.getMessage()).contains("10.1.1.0/24");
        assertThat(fleet.count(ZecApi.DESCRIBE_SUBNETS)).isEqualTo(1);
    }

    @Test
    void createSubnetRefusesUnknownVpcOrRegionAndIpv6Only() {
        String vpc = fleet.vpc("prod", "10.1.0.0/16");

        refusedWith(404, "INVALID_VPC_NOT_FOUND", null, () -> fleet.subnet("vpc-nope", REGION,
                "web", "10.1.1.0/24"));
        refusedWith(404, "INVALID_REGION_NOT_FOUND", null, () -> fleet.subnet(vpc, "mars-1",
                "web", "10.1.1.0/24"));
        refusedWith(400, "INVALID_PARAMETER_VALUE", RuleId.IPV4_PRIMARY, () -> fleet.zec(
                ZecApi.CREATE_SUBNET, Map.of("vpcId", vpc, "regionId", REGION, "name", "v6",
                        "stackType", "IPv6",
                        "cidrBlock", "10.1.2.0/24")));

        assertThat(fleet.count(ZecApi.DESCRIBE_SUBNETS)).isZero();
    }

    @Test
    void deleteSubnetRemovesAnUnusedSubnetAndRefusesOneInUse() {
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String unused = fleet.subnet(vpc, REGION, "spare", "10.1.9.0/24");
        String used = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        fleet.launch("web-1", "z2a.cpu.1", ZONE, used);

        fleet.zec(ZecApi.DELETE_SUBNET, Map.of("subnetId", unused));
        var refusal = refusedWith(409, "INVALID_SUBNET_IN_USE", null,
                () -> fleet.zec(ZecApi.DELETE_SUBNET, Map.of("subnetId", used)));

        assertThat(refusal.getMessage()).contains(used);
        assertThat(fleet.subnetInfo(unused)).isNull();
        assertThat(fleet.subnetInfo(used).usageIpv4Count()).isEqualTo(1);
        refusedWith(404, "INVALID_SUBNET_NOT_FOUND", null,
                () -> fleet.zec(ZecApi.DELETE_SUBNET, Map.of("subnetId", "subnet-nope")));
    }

    @Test
    void describeSubnetsFiltersByVpcRegionCidrAndName() {
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String other = fleet.vpc("lab", "10.9.0.0/16");
        String web = fleet.subnet(vpc, REGION, "web-tier", "10.1.1.0/24");
        fleet.subnet(vpc, ApiScenario.FAR_REGION, "web-eu", "10.1.2.0/24");
        fleet.subnet(other, REGION, "lab", "10.9.1.0/24");

        Page<SubnetInfo> ofVpc = fleet.page(ZecApi.DESCRIBE_SUBNETS,
                Map.of("vpcIds", List.of(vpc), "regionId", REGION), SubnetInfo.class);
        Page<SubnetInfo> byName = fleet.page(ZecApi.DESCRIBE_SUBNETS, Map.of("name", "web"),
                SubnetInfo.class);
        Page<SubnetInfo> byCidr = fleet.page(ZecApi.DESCRIBE_SUBNETS,
                Map.of("cidrBlock", "10.9."), SubnetInfo.class);

        assertThat(ofVpc.dataSet()).extracting(SubnetInfo::subnetId).containsExactly(web);
        assertThat(byName.totalCount()).isEqualTo(2);
        assertThat(byCidr.dataSet()).extracting(SubnetInfo::name).containsExactly("lab");
    }
}
