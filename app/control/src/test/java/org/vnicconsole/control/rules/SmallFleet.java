package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.TestPlanes;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Adapter;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.error.Refusal;

/**
 * A small purpose-built fleet for rule tests, on a fresh in-memory control plane. Hong Kong
 * (zones a and b) and Frankfurt (zone a); VPC {@code prod} with subnets app (IPv6, public), mgmt
 * (IPv4 only), data (IPv6, private), tiny (/29) and fra (in Frankfurt); VPC {@code other} with one
 * subnet in Hong Kong. Two roomy hosts in Hong Kong zone a, one in zone b, one in Frankfurt.
 */
final class SmallFleet implements AutoCloseable {

    static final String HKG = "asia-east-1";
    static final String HKG_A = "asia-east-1a";
    static final String HKG_B = "asia-east-1b";
    static final String FRA = "eu-west-1";
    static final String FRA_A = "eu-west-1a";
    static final String IMAGE = "img-ubuntu-22";
    static final String PF_PCI = "0000:3b:00.0";

    final ControlPlane plane;
    final String defaultGroup;
    final String webGroup;
    final String prodVpc;
    final String otherVpc;
    final Subnet app;
    final Subnet mgmt;
    final Subnet data;
    final Subnet tiny;
    final Subnet fra;
    final Subnet otherApp;
    final Host hostA1;
    final Host hostA2;
    final Host hostB1;
    final Host hostF1;

    SmallFleet() {
        plane = TestPlanes.empty();
        plane.network().createRegion(HKG, "Hong Kong", "203.0.113.0/24");
        plane.network().createZone(HKG_A, HKG, "HKG-A", "Hong Kong");
        plane.network().createZone(HKG_B, HKG, "HKG-B", "Hong Kong");
        plane.network().createRegion(FRA, "Frankfurt", "198.51.100.0/24");
        plane.network().createZone(FRA_A, FRA, "FRA-A", "Frankfurt");
        defaultGroup = plane.network().createSecurityGroup("default").id();
        webGroup = plane.network().createSecurityGroup("web").id();
        prodVpc = plane.network().createVpc("prod", "10.10.0.0/16", 1500).id();
        otherVpc = plane.network().createVpc("other", "172.20.0.0/16", 1500).id();
        app = subnet(prodVpc, HKG, "app", "10.10.1.0/24", "2001:db8:1:1::/64", "Public");
        mgmt = subnet(prodVpc, HKG, "mgmt", "10.10.250.0/24", null, null);
        data = subnet(prodVpc, HKG, "data", "10.10.2.0/24", "fd00:10:2::/64", "Private");
        tiny = subnet(prodVpc, HKG, "tiny", "10.10.3.0/29", null, null);
        fra = subnet(prodVpc, FRA, "fra", "10.10.200.0/24", null, null);
        otherApp = subnet(otherVpc, HKG, "other-app", "172.20.1.0/24", null, null);
        hostA1 = host("host-a1", HKG_A, 16, 512);
        hostA2 = host("host-a2", HKG_A, 16, 512);
        hostB1 = host("host-b1", HKG_B, 16, 512);
        hostF1 = host("host-f1", FRA_A, 16, 512);
    }

    Subnet subnet(String vpcId, String regionId, String name, String cidr, String ipv6,
            String ipv6Type) {
        return plane.network().createSubnet(vpcId, regionId, name, cidr, ipv6, ipv6Type);
    }

    /** A 256-vCPU host with one adapter of {@code vfs} VFs and {@code queues} queues. */
    Host host(String name, String zoneId, int vfs, int queues) {
        return plane.fabric().registerHost(name, zoneId, 256, 1024, List.of(
                new AdapterSpec("ens1f0", PF_PCI, "mlx5_core", "ConnectX-6 Dx", vfs, queues)));
    }

    /** A launch in Hong Kong zone a, subnet app, placed by the platform. */
    Instance launch(String name, String type) {
        return launch(name, type, HKG_A, app.id(), null);
    }

    Instance launch(String name, String type, String zoneId, String subnetId, String hostId) {
        return plane.instances().launch(new Launch(name, type, zoneId, subnetId, IMAGE, null,
                null, false, false, hostId));
    }

    Instance launchWithIpv6(String name, String type, String subnetId) {
        return plane.instances().launch(new Launch(name, type, HKG_A, subnetId, IMAGE, null,
                null, true, false, null));
    }

    Vnic elastic(String name, String subnetId) {
        return plane.vnics().createElastic(new CreateElastic(name, subnetId, null, null, false));
    }

    /** An elastic vNIC in mgmt, attached to the instance. */
    Vnic attachedElastic(String name, String instanceId) {
        return plane.vnics().attach(elastic(name, mgmt.id()).id(), instanceId);
    }

    Vnic vnic(String nicId) {
        return plane.store().read(repos -> repos.vnics().find(nicId)).orElseThrow();
    }

    Optional<Vnic> findVnic(String nicId) {
        return plane.store().read(repos -> repos.vnics().find(nicId));
    }

    Vnic primaryOf(String instanceId) {
        return vnicsOf(instanceId).stream().filter(nic -> nic.kind() == VnicKind.PRIMARY)
                .findFirst().orElseThrow();
    }

    List<Vnic> vnicsOf(String instanceId) {
        return plane.store().read(repos -> repos.vnics().ofInstance(instanceId));
    }

    Instance instance(String instanceId) {
        return plane.store().read(repos -> repos.instances().find(instanceId)).orElseThrow();
    }

    /** A vNIC's private IPv4s, the primary first. */
    List<String> addressesOf(String nicId) {
        return plane.store().read(repos -> repos.addresses().ofVnic(nicId)).stream()
                .map(PrivateIp::address).toList();
    }

    String primaryIpOf(String nicId) {
        return addressesOf(nicId).get(0);
    }

    int addressCountIn(String subnetId) {
        return plane.store().read(repos -> repos.addresses().countInSubnet(subnetId));
    }

    Optional<VirtualFunction> vfOf(String nicId) {
        return plane.store().read(repos -> repos.fabric().vfOfVnic(nicId));
    }

    Adapter adapterOf(Host host) {
        return plane.store().read(repos -> repos.fabric().adapters(host.id())).get(0);
    }

    List<VirtualFunction> vfsOf(Host host) {
        return plane.store().read(repos -> repos.fabric().vfs(adapterOf(host).id()));
    }

    long freeVfsOf(Host host) {
        return vfsOf(host).stream().filter(VirtualFunction::isFree).count();
    }

    Eip eip(String eipId) {
        return plane.store().read(repos -> repos.eips().find(eipId)).orElseThrow();
    }

    Optional<Eip> findEip(String eipId) {
        return plane.store().read(repos -> repos.eips().find(eipId));
    }

    /** One new unbound EIP in Hong Kong. */
    Eip newEip(String name) {
        return plane.eips().create(HKG, name, 1).get(0);
    }

    /**
     * Runs a call that must be refused and checks that the store is exactly as before; returns
     * the refusal for the test to inspect.
     */
    Refusal refusedWithoutChange(ThrowingCallable call) {
        StoreSnapshot before = StoreSnapshot.take(plane);

        Throwable thrown = catchThrowable(call);

        assertThat(thrown).isInstanceOf(Refusal.class);
        assertThat(StoreSnapshot.take(plane)).as("store after the refusal").isEqualTo(before);
        return (Refusal) thrown;
    }

    @Override
    public void close() {
        plane.close();
    }
}
