package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.FAR_REGION;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.SMALL_ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.ImageInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.api.zec.SecurityGroupInfo;
import org.vnicconsole.model.api.zec.ZecApi;

/**
 * Security groups, zones, regions, images and instance types over HTTP: CreateSecurityGroup,
 * DescribeSecurityGroups, DescribeSecurityGroupRule, DescribeZones,
 * DescribeNetworkInterfaceRegions, DescribeImages and DescribeZoneInstanceConfigInfos.
 */
class SecurityGroupZoneImageApiTest {

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
    void createSecurityGroupAnswersAnIdAndOnlyTheFirstGroupIsTheDefault() {
        JsonNode created = fleet.zec(ZecApi.CREATE_SECURITY_GROUP,
                Map.of("securityGroupName", "web-sg", "scope", "Global"));

        String id = created.get("securityGroupId").asText();
        Page<SecurityGroupInfo> all = fleet.page(ZecApi.DESCRIBE_SECURITY_GROUPS, Map.of(),
                SecurityGroupInfo.class);
        assertThat(all.totalCount()).isEqualTo(2);
        assertThat(all.dataSet()).filteredOn(g -> g.securityGroupId().equals(id)).singleElement()
                .satisfies(g -> assertThat(g.isDefault()).isFalse())
                .satisfies(g -> assertThat(g.securityGroupName()).isEqualTo("web-sg"));
        assertThat(all.dataSet()).filteredOn(g -> g.securityGroupId().equals(fleet.defaultGroup()))
                .singleElement().satisfies(g -> assertThat(g.isDefault()).isTrue());
    }

    @Test
    void createSecurityGroupWithABadNameOrScopeIsRefusedAndCreatesNothing() {
        var badName = refusedWith(400, "INVALID_PARAMETER_PATTERN_ERROR", null, () -> fleet.zec(
                ZecApi.CREATE_SECURITY_GROUP, Map.of("securityGroupName", "web sg!")));
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec(
                ZecApi.CREATE_SECURITY_GROUP, Map.of("securityGroupName", "ok", "scope", "Local")));
        refusedWith(400, "MISSING_PARAMETER", null,
                () -> fleet.zec(ZecApi.CREATE_SECURITY_GROUP, Map.of()));

        assertThat(badName.getMessage()).contains("securityGroupName");
        assertThat(fleet.count(ZecApi.DESCRIBE_SECURITY_GROUPS)).isEqualTo(1);
    }

    @Test
    void describeSecurityGroupsListsTheVnicsOfEachGroupAndFiltersByNameAndIds() {
        String vpc = fleet.vpc("prod", "10.1.0.0/16");
        String subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        String nic = fleet.elasticNic("spare", subnet);
        String other = fleet.zec(ZecApi.CREATE_SECURITY_GROUP, Map.of("securityGroupName",
                "db-sg")).get("securityGroupId").asText();

        Page<SecurityGroupInfo> byName = fleet.page(ZecApi.DESCRIBE_SECURITY_GROUPS,
                Map.of("securityGroupName", "defa"), SecurityGroupInfo.class);
        Page<SecurityGroupInfo> byIds = fleet.page(ZecApi.DESCRIBE_SECURITY_GROUPS,
                Map.of("securityGroupIds", List.of(other), "pageSize", 1), SecurityGroupInfo.class);

        assertThat(byName.dataSet()).singleElement()
                .satisfies(g -> assertThat(g.nicIdList()).containsExactly(nic))
                .satisfies(g -> assertThat(g.vpcIds()).containsExactly(vpc));
        assertThat(byIds.totalCount()).isEqualTo(1);
        assertThat(byIds.dataSet().get(0).nicIdList()).isEmpty();
    }

    @Test
    void describeSecurityGroupRuleAnswersBothListsAndRefusesAnUnknownGroup() {
        JsonNode rules = fleet.zec(ZecApi.DESCRIBE_SECURITY_GROUP_RULE,
                Map.of("securityGroupId", fleet.defaultGroup()));

        assertThat(rules.has("ingressRuleList") || rules.has("egressRuleList")).isTrue();
        refusedWith(404, "INVALID_SECURITY_GROUP_NOT_FOUND", null, () -> fleet.zec(
                ZecApi.DESCRIBE_SECURITY_GROUP_RULE, Map.of("securityGroupId", "sg-nope")));
    }

    @Test
    void describeZonesAnswersTheZoneSetWithRegionsAndFiltersByIds() {
        JsonNode all = fleet.zec(ZecApi.DESCRIBE_ZONES, Map.of());
        JsonNode one = fleet.zec(ZecApi.DESCRIBE_ZONES, Map.of("zoneIds", List.of(ZONE)));

        assertThat(all.get("zoneSet")).hasSize(4);
        assertThat(one.get("zoneSet")).hasSize(1);
        assertThat(one.get("zoneSet").get(0).get("zoneId").asText()).isEqualTo(ZONE);
        assertThat(one.get("zoneSet").get(0).get("regionId").asText()).isEqualTo(REGION);
        assertThat(one.get("zoneSet").get(0).get("cityName").isTextual()).isTrue();
    }

    @Test
    void describeNetworkInterfaceRegionsAnswersEveryRegionId() {
        JsonNode regions = fleet.zec(ZecApi.DESCRIBE_NETWORK_INTERFACE_REGIONS, Map.of());

        assertThat(regions.get("regionIds").isArray()).isTrue();
        assertThat(regions.get("regionIds")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(REGION, FAR_REGION);
    }

    @Test
    void describeImagesPagesAndFiltersByIdNameAndOs() {
        Page<ImageInfo> all = fleet.page(ZecApi.DESCRIBE_IMAGES, Map.of(), ImageInfo.class);
        Page<ImageInfo> windows = fleet.page(ZecApi.DESCRIBE_IMAGES, Map.of("osType", "windows"),
                ImageInfo.class);
        Page<ImageInfo> named = fleet.page(ZecApi.DESCRIBE_IMAGES,
                Map.of("imageName", "Ubuntu", "pageSize", 1, "pageNum", 1), ImageInfo.class);
        Page<ImageInfo> past = fleet.page(ZecApi.DESCRIBE_IMAGES,
                Map.of("pageSize", 2, "pageNum", 99), ImageInfo.class);

        assertThat(all.totalCount()).isEqualTo(5);
        assertThat(windows.dataSet()).singleElement()
                .satisfies(i -> assertThat(i.imageId()).isEqualTo("win2022_20240610"));
        assertThat(named.dataSet()).extracting(ImageInfo::imageId)
                .containsExactly(ApiScenario.IMAGE);
        assertThat(past.totalCount()).isEqualTo(5);
        assertThat(past.dataSet()).isEmpty();
    }

    @Test
    void describeZoneInstanceConfigInfosSaysWhetherAZoneHasStock() {
        JsonNode roomy = fleet.zec(ZecApi.DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS,
                Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.16"));
        JsonNode small = fleet.zec(ZecApi.DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS,
                Map.of("zoneId", SMALL_ZONE, "instanceType", "z2a.cpu.64"));

        JsonNode quota = roomy.get("instanceTypeQuotaSet").get(0);
        assertThat(quota.get("instanceType").asText()).isEqualTo("z2a.cpu.16");
        assertThat(quota.get("cpuCount").isInt()).isTrue();
        assertThat(quota.get("cpuCount").asInt()).isEqualTo(16);
        assertThat(quota.get("withStock").asBoolean()).isTrue();
        assertThat(small.get("instanceTypeQuotaSet").get(0).get("withStock").asBoolean())
                .isFalse();
        refusedWith(400, "INVALID_PARAMETER_VALUE", null, () -> fleet.zec(
                ZecApi.DESCRIBE_ZONE_INSTANCE_CONFIG_INFOS, Map.of("instanceType", "big")));
    }
}
