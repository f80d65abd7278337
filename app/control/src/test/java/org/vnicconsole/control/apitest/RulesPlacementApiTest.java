package org.vnicconsole.control.apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnicconsole.control.apitest.ApiScenario.FAR_REGION;
import static org.vnicconsole.control.apitest.ApiScenario.REGION;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE;
import static org.vnicconsole.control.apitest.ApiScenario.ZONE_B;
import static org.vnicconsole.control.apitest.ApiScenario.refusedWith;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.model.api.zec.AssignNetworkInterfaceIpv4Request;
import org.vnicconsole.model.api.zec.DeleteNetworkInterfaceRequest;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.ReleaseInstancesRequest;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.rules.RuleId;

/**
 * The placement and primary/elastic rules of RULES.md at the API: each refusal with its code,
 * status and rule, and the allowed case, through signed HTTP calls only.
 */
class RulesPlacementApiTest {

    private ApiScenario fleet;
    private String vpc;
    private String subnet;
    private String instance;

    @BeforeEach
    void start() {
        fleet = ApiScenario.start();
        vpc = fleet.vpc("prod", "10.1.0.0/16");
        subnet = fleet.subnet(vpc, REGION, "web", "10.1.1.0/24");
        instance = fleet.launch("web-1", "z2a.cpu.16", ZONE, subnet);
    }

    @AfterEach
    void stop() {
        assertThat(fleet.violations()).isEmpty();
        fleet.close();
    }

    @Test
    void vnicSubnetFixedRefusesMovingAVnicToAnotherSubnet() {
        String nic = fleet.elasticNic("leg", subnet);
        String other = fleet.subnet(vpc, REGION, "mgmt", "10.1.2.0/24");

        var refusal = refusedWith(400, "OPERATION_DENIED_NIC_SUBNET_FIXED",
                RuleId.VNIC_SUBNET_FIXED, () -> fleet.zec(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE,
                        Map.of("nicId", nic, "subnetId", other, "name", "moved")));
        fleet.zec(ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, Map.of("nicId", nic, "subnetId",
                subnet));

        assertThat(refusal.getMessage()).contains(subnet, other);
        assertThat(fleet.nic(nic).subnetId()).isEqualTo(subnet);
        assertThat(fleet.nic(nic).name()).isEqualTo("leg");
    }

    @Test
    void vnicAttachScopeAllowsAnotherSubnetOfTheSameVpcAndRegion() {
        String mgmt = fleet.subnet(vpc, REGION, "mgmt", "10.1.2.0/24");
        String leg = fleet.elasticNic("mgmt-leg", mgmt);

        fleet.attach(leg, instance);

        assertThat(fleet.nic(leg).instanceId()).isEqualTo(instance);
    }

    @Test
    void vnicAttachScopeRefusesAnotherRegionOrVpc() {
        String far = fleet.elasticNic("far", fleet.subnet(vpc, FAR_REGION, "eu", "10.1.9.0/24"));
        String lab = fleet.vpc("lab", "10.2.0.0/16");
        String foreign = fleet.elasticNic("lab", fleet.subnet(lab, REGION, "lab", "10.2.1.0/24"));

        var region = refusedWith(409, "INVALID_NIC_INSTANCE_REGION_MISMATCH",
                RuleId.VNIC_ATTACH_SCOPE, () -> fleet.attach(far, instance));
        var other = refusedWith(409, "INVALID_NIC_INSTANCE_VPC_MISMATCH",
                RuleId.VNIC_ATTACH_SCOPE, () -> fleet.attach(foreign, instance));

        assertThat(region.getMessage()).contains(FAR_REGION, REGION);
        assertThat(other.getMessage()).contains(lab, vpc);
        assertThat(fleet.nic(far).status()).isEqualTo("AVAILABLE");
        assertThat(fleet.nic(foreign).status()).isEqualTo("AVAILABLE");
    }

    @Test
    void vnicAttachScopeRefusesAVnicMovingAcrossZonesOnceAttached() {
        String nic = fleet.elasticNic("leg", subnet);
        String elsewhere = fleet.launch("db-1", "z2a.cpu.16", ZONE_B, subnet);
        fleet.attach(nic, instance);
        fleet.detach(nic);

        var refusal = refusedWith(409, "INVALID_NIC_INSTANCE_ZONE_MISMATCH",
                RuleId.VNIC_ATTACH_SCOPE, () -> fleet.attach(nic, elsewhere));

        assertThat(refusal.getMessage()).contains(ZONE, ZONE_B);
        assertThat(fleet.nic(nic).status()).isEqualTo("AVAILABLE");
        assertThat(fleet.nicsOf(elsewhere)).hasSize(1);
    }

    @Test
    void vnicOneInstanceRefusesAttachingAnAttachedVnicElsewhere() {
        String nic = fleet.elasticNic("leg", subnet);
        String second = fleet.launch("web-2", "z2a.cpu.16", ZONE, subnet);
        fleet.attach(nic, instance);

        var refusal = refusedWith(400, "INVALID_NIC_ATTACHED", RuleId.VNIC_ONE_INSTANCE,
                () -> fleet.attach(nic, second));

        assertThat(refusal.getMessage()).contains(instance);
        assertThat(fleet.nic(nic).instanceId()).isEqualTo(instance);
    }

    @Test
    void primaryCreatedGivesTheLaunchAnAttachedPrimaryWithIpv4MacAndAskedIpv6() {
        String dual = fleet.dualStackSubnet(vpc, REGION, "v6", "10.1.3.0/24", "Private");

        String launched = fleet.launch(Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.1",
                "subnetId", dual, "ipStackType", "IPv4_IPv6")).get("instanceIdSet").get(0)
                .asText();
        var refusal = refusedWith(400, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", RuleId.IPV6_ONE,
                () -> fleet.launch(Map.of("zoneId", ZONE, "instanceType", "z2a.cpu.1",
                        "subnetId", subnet, "ipStackType", "IPv4_IPv6")));

        NicInfo primary = fleet.primaryOf(launched);
        assertThat(primary.status()).isEqualTo("USED");
        assertThat(primary.subnetId()).isEqualTo(dual);
        assertThat(primary.primaryIpv4()).isEqualTo("10.1.3.2");
        assertThat(primary.macAddress()).isNotBlank();
        assertThat(primary.primaryIpv6()).isNotNull();
        assertThat(fleet.primaryOf(instance).primaryIpv6()).isNull();
        assertThat(refusal.getMessage()).contains(subnet);
        assertThat(fleet.count(ZecApi.DESCRIBE_INSTANCES)).isEqualTo(2);
    }

    @Test
    void primaryNoDetachRefusesDetachingOrDeletingThePrimary() {
        String primary = fleet.primaryOf(instance).nicId();

        refusedWith(409, "INVALID_NIC_PRIMARY_CANT_DETACH", RuleId.PRIMARY_NO_DETACH,
                () -> fleet.detach(primary));
        refusedWith(409, "INVALID_NIC_PRIMARY_CANT_DELETE", RuleId.PRIMARY_NO_DETACH,
                () -> fleet.zec().deleteNetworkInterface(new DeleteNetworkInterfaceRequest(primary))
                        .execute());

        assertThat(fleet.nic(primary).instanceId()).isEqualTo(instance);
    }

    @Test
    void elasticLifecycleRefusesDeletingAnAttachedVnicAndAllowsItOnceDetached() {
        String nic = fleet.elasticNic("leg", subnet);
        fleet.attach(nic, instance);

        var refusal = refusedWith(400, "INVALID_NIC_ATTACHED", RuleId.ELASTIC_LIFECYCLE,
                () -> fleet.zec().deleteNetworkInterface(new DeleteNetworkInterfaceRequest(nic))
                        .execute());
        assertThat(fleet.nic(nic)).isNotNull();
        fleet.detach(nic);
        fleet.zec().deleteNetworkInterface(new DeleteNetworkInterfaceRequest(nic)).execute();

        assertThat(refusal.getMessage()).contains(instance);
        assertThat(fleet.nic(nic)).isNull();
    }

    @Test
    void elasticIdentityMovesUnchangedThroughDetachAndReattach() {
        String nic = fleet.elasticNic("leg", subnet);
        fleet.assign(nic, 2);
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, "10.1.1.4", "Passthrough");
        fleet.attach(nic, instance);
        NicInfo before = fleet.nic(nic);
        String second = fleet.launch("web-2", "z2a.cpu.16", ZONE, subnet);

        fleet.detach(nic);
        fleet.attach(nic, second);

        NicInfo after = fleet.nic(nic);
        assertThat(after.instanceId()).isEqualTo(second);
        assertThat(after.privateIpList()).isEqualTo(before.privateIpList());
        assertThat(after.macAddress()).isEqualTo(before.macAddress());
        assertThat(after.securityGroupId()).isEqualTo(before.securityGroupId());
        assertThat(after.publicIpList()).isEqualTo(before.publicIpList()).hasSize(1);
    }

    @Test
    void primaryIpsStayWhileOnlyAnElasticVnicCarriesAnAddressToAReplacement() {
        String primaryIp = fleet.primaryOf(instance).primaryIpv4();
        String nic = fleet.elasticNic("service", subnet);
        String serviceIp = fleet.nic(nic).primaryIpv4();
        fleet.attach(nic, instance);

        refusedWith(409, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED", RuleId.IPV4_RESERVED,
                () -> fleet.zec().assignNetworkInterfaceIpv4(
                        new AssignNetworkInterfaceIpv4Request(nic, primaryIp)).execute());
        fleet.zec().releaseInstances(new ReleaseInstancesRequest(List.of(instance), false))
                .execute();
        String replacement = fleet.launch("web-2", "z2a.cpu.16", ZONE, subnet);
        fleet.attach(nic, replacement);

        assertThat(fleet.nic(nic).primaryIpv4()).isEqualTo(serviceIp);
        assertThat(fleet.nic(nic).instanceId()).isEqualTo(replacement);
        assertThat(fleet.primaryOf(replacement).nicId()).isNotEqualTo(nic);
    }

    @Test
    void releaseInstanceKeepingDependentsDetachesElasticVnicsWithTheirIdentity() {
        String nic = fleet.elasticNic("leg", subnet);
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, fleet.nic(nic).primaryIpv4(), "FullNat");
        fleet.attach(nic, instance);
        String primaryIp = fleet.primaryOf(instance).primaryIpv4();

        fleet.zec().releaseInstances(new ReleaseInstancesRequest(List.of(instance), false))
                .execute();

        assertThat(fleet.nic(nic).status()).isEqualTo("AVAILABLE");
        assertThat(fleet.nic(nic).vfPciAddress()).isNull();
        assertThat(fleet.eipInfo(eip).nicId()).isEqualTo(nic);
        assertThat(fleet.nic(fleet.elasticNic("next", subnet)).primaryIpv4()).isEqualTo(primaryIp);
    }

    @Test
    void releaseInstanceByDefaultDeletesElasticVnicsAndUnbindsButKeepsTheirEips() {
        String nic = fleet.elasticNic("leg", subnet);
        String eip = fleet.eip(REGION);
        fleet.bind(eip, nic, fleet.nic(nic).primaryIpv4(), "FullNat");
        fleet.attach(nic, instance);

        fleet.zec().releaseInstances(new ReleaseInstancesRequest(List.of(instance), null))
                .execute();

        assertThat(fleet.nic(nic)).isNull();
        assertThat(fleet.eipInfo(eip).status()).isEqualTo("UNBIND");
        assertThat(fleet.subnetInfo(subnet).usageIpv4Count()).isZero();
    }
}
