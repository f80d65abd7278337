package org.vnicconsole.control.fleet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.fleet.Fleet.AdapterDef;
import org.vnicconsole.control.fleet.Fleet.EipDef;
import org.vnicconsole.control.fleet.Fleet.ElasticDef;
import org.vnicconsole.control.fleet.Fleet.HostDef;
import org.vnicconsole.control.fleet.Fleet.InstanceGroup;
import org.vnicconsole.control.fleet.Fleet.RegionDef;
import org.vnicconsole.control.fleet.Fleet.SubnetDef;
import org.vnicconsole.control.fleet.Fleet.VpcDef;
import org.vnicconsole.control.fleet.Fleet.ZoneDef;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;

/**
 * Loads a {@link Fleet} into a control plane through its services, so every rule holds for what
 * it creates. Not thread-safe; one load at a time.
 */
public final class FleetLoader {

    /** The demo fleet's resource name on the class path. */
    public static final String DEMO = "/fleets/demo.json";

    private static final Logger LOG = LoggerFactory.getLogger(FleetLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final ControlPlane plane;
    private final Map<String, String> subnets = new HashMap<>();
    private final Map<String, String> securityGroups = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();

    public FleetLoader(ControlPlane plane) {
        this.plane = plane;
    }

    /** Reads a fleet file. */
    public static Fleet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readValue(in, Fleet.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read fleet file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads the demo fleet bundled with the program. */
    public static Fleet demo() {
        try (InputStream in = FleetLoader.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("the demo fleet " + DEMO + " is missing");
            }
            return JSON.readValue(in, Fleet.class);
        } catch (IOException e) {
            throw new IllegalStateException("the demo fleet cannot be read", e);
        }
    }

    /** Creates everything the fleet defines, in one transaction: all of it or nothing. */
    public void load(Fleet fleet) {
        long started = System.nanoTime();
        plane.store().write(repos -> {
            fleet.regions().forEach(this::loadRegion);
            fleet.securityGroups().forEach(name ->
                    securityGroups.put(name, plane.network().createSecurityGroup(name).id()));
            fleet.vpcs().forEach(this::loadVpc);
            fleet.hosts().forEach(this::loadHosts);
            fleet.instances().forEach(this::loadInstances);
            fleet.elasticVnics().forEach(this::loadElastic);
            return null;
        });
        LOG.info("fleet loaded: {} instances in {} ms", instances.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void loadRegion(RegionDef region) {
        plane.network().createRegion(region.id(), region.name(), region.eipPool());
        for (ZoneDef zone : region.zones()) {
            plane.network().createZone(zone.id(), region.id(), zone.name(), zone.city());
        }
    }

    private void loadVpc(VpcDef def) {
        String vpcId = plane.network().createVpc(def.name(), def.cidr(), def.mtu()).id();
        for (SubnetDef subnet : def.subnets()) {
            Subnet created = plane.network().createSubnet(vpcId, subnet.region(), subnet.name(),
                    subnet.cidr(), subnet.ipv6(), subnet.ipv6Type());
            subnets.put(subnet.key(), created.id());
        }
    }

    private void loadHosts(HostDef def) {
        List<AdapterSpec> adapters = def.adapters().stream()
                .map(FleetLoader::adapterSpec).toList();
        for (int n = 1; n <= Math.max(1, def.count()); n++) {
            plane.fabric().registerHost(numbered(def.name(), n), def.zone(), def.vcpus(),
                    def.memoryGib(), adapters);
        }
    }

    private static AdapterSpec adapterSpec(AdapterDef def) {
        return new AdapterSpec(def.name(), def.pci(), def.driver(), def.model(), def.vfs(),
                def.queues());
    }

    private void loadInstances(InstanceGroup group) {
        for (int n = 1; n <= Math.max(1, group.count()); n++) {
            String type = group.types().get((n - 1) % group.types().size());
            Instance instance = plane.instances().launch(new Launch(numbered(group.name(), n),
                    type, group.zone(), subnet(group.subnet()), group.image(), null, null,
                    group.ipv6(), group.ipForward(), null));
            instances.put(group.key() + "-" + n, instance);
            Vnic primary = plane.store().read(repos -> repos.vnics().ofInstance(instance.id()))
                    .get(0);
            decorate(primary, group.secondaryIps(), group.eips());
        }
    }

    private void loadElastic(ElasticDef def) {
        String group = def.securityGroup() == null ? null : securityGroups.get(def.securityGroup());
        Vnic vnic = plane.vnics().createElastic(new CreateElastic(def.name(), subnet(def.subnet()),
                group, null, def.ipv6()));
        if (def.sourceDestCheck() != null) {
            plane.vnics().setSourceDestCheck(vnic.id(), def.sourceDestCheck());
        }
        if (def.rateLimitMbps() != null) {
            plane.vnics().setRateLimit(vnic.id(), def.rateLimitMbps());
        }
        decorate(vnic, def.secondaryIps(), def.eips());
        if (def.attachTo() != null) {
            Instance instance = instances.get(def.attachTo());
            if (instance == null) {
                throw new IllegalArgumentException("elastic vNIC " + def.name()
                        + " names unknown instance " + def.attachTo());
            }
            plane.vnics().attach(vnic.id(), instance.id());
        }
    }

    private void decorate(Vnic vnic, int secondaryIps, List<EipDef> eips) {
        if (secondaryIps > 0) {
            plane.addresses().assignCount(vnic.id(), secondaryIps);
        }
        if (eips == null || eips.isEmpty()) {
            return;
        }
        List<PrivateIp> ips = plane.store().read(repos -> repos.addresses().ofVnic(vnic.id()));
        String regionId = plane.store().read(repos ->
                repos.network().subnet(vnic.subnetId()).orElseThrow().regionId());
        for (EipDef def : eips) {
            int index = def.secondaryIndex() == null ? 0 : def.secondaryIndex();
            Eip eip = plane.eips().create(regionId, def.name(), 1).get(0);
            ForwardingMode mode = ForwardingMode.fromWire(def.mode()).orElseThrow(() ->
                    new IllegalArgumentException("unknown EIP mode " + def.mode()));
            plane.eips().bind(List.of(eip.id()), vnic.id(), ips.get(index).address(), mode);
        }
    }

    private String subnet(String key) {
        String id = subnets.get(key);
        if (id == null) {
            throw new IllegalArgumentException("fleet names unknown subnet key " + key);
        }
        return id;
    }

    private static String numbered(String pattern, int n) {
        return pattern.replace("{n}", String.format("%02d", n));
    }
}
