package org.vnicconsole.console.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.operator.VfInfo;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.capacity.InstanceCaps;
import org.vnicconsole.model.capacity.InstanceType;

/**
 * Lookups over one {@link FleetSnapshot}: objects by id and the relations the trees and the
 * details need (vNICs of an instance, the EIP of a private IP, the VF of a vNIC). Built once per
 * snapshot; immutable and safe on any thread.
 */
public final class FleetIndex {

    /** Where a VF sits: its host and adapter. */
    public record VfPlace(HostInfo host, AdapterInfo adapter, VfInfo vf) {

        /** A key unique over the fleet: PCI addresses repeat from host to host. */
        public String key() {
            return host.hostId() + "/" + vf.pciAddress();
        }
    }

    private final FleetSnapshot snapshot;
    private final Map<String, InstanceInfo> instances = new LinkedHashMap<>();
    private final Map<String, NicInfo> nics = new LinkedHashMap<>();
    private final Map<String, SubnetInfo> subnets = new LinkedHashMap<>();
    private final Map<String, VpcInfo> vpcs = new LinkedHashMap<>();
    private final Map<String, EipInfo> eips = new LinkedHashMap<>();
    private final Map<String, EipInfo> eipByPrivateIp = new HashMap<>();
    private final Map<String, List<NicInfo>> nicsByInstance = new HashMap<>();
    private final Map<String, List<NicInfo>> nicsBySubnet = new HashMap<>();
    private final Map<String, HostInfo> hosts = new LinkedHashMap<>();
    private final Map<String, AdapterInfo> adapters = new HashMap<>();
    private final Map<String, VfPlace> vfByKey = new HashMap<>();
    private final Map<String, VfPlace> vfByNic = new HashMap<>();

    /** Indexes the snapshot. */
    public FleetIndex(FleetSnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.instances().forEach(instance -> instances.put(instance.instanceId(), instance));
        snapshot.subnets().forEach(subnet -> subnets.put(subnet.subnetId(), subnet));
        snapshot.vpcs().forEach(vpc -> vpcs.put(vpc.vpcId(), vpc));
        snapshot.nics().stream().sorted(Comparator.comparing(FleetIndex::nicOrder))
                .forEach(this::addNic);
        for (EipInfo eip : snapshot.eips()) {
            eips.put(eip.eipId(), eip);
            if (eip.nicId() != null && eip.privateIpAddress() != null) {
                eipByPrivateIp.put(eip.nicId() + "/" + eip.privateIpAddress(), eip);
            }
        }
        for (HostInfo host : snapshot.hosts()) {
            hosts.put(host.hostId(), host);
            for (AdapterInfo adapter : list(host.adapters())) {
                adapters.put(adapter.adapterId(), adapter);
                for (VfInfo vf : list(adapter.vfs())) {
                    VfPlace place = new VfPlace(host, adapter, vf);
                    vfByKey.put(place.key(), place);
                    if (vf.nicId() != null) {
                        vfByNic.put(vf.nicId(), place);
                    }
                }
            }
        }
    }

    /** The snapshot indexed. */
    public FleetSnapshot snapshot() {
        return snapshot;
    }

    public Optional<InstanceInfo> instance(String id) {
        return Optional.ofNullable(id == null ? null : instances.get(id));
    }

    public Optional<NicInfo> nic(String id) {
        return Optional.ofNullable(id == null ? null : nics.get(id));
    }

    public Optional<SubnetInfo> subnet(String id) {
        return Optional.ofNullable(id == null ? null : subnets.get(id));
    }

    public Optional<VpcInfo> vpc(String id) {
        return Optional.ofNullable(id == null ? null : vpcs.get(id));
    }

    public Optional<EipInfo> eip(String id) {
        return Optional.ofNullable(id == null ? null : eips.get(id));
    }

    public Optional<HostInfo> host(String id) {
        return Optional.ofNullable(id == null ? null : hosts.get(id));
    }

    public Optional<AdapterInfo> adapter(String id) {
        return Optional.ofNullable(id == null ? null : adapters.get(id));
    }

    /** The VF by {@link VfPlace#key()}. */
    public Optional<VfPlace> vf(String key) {
        return Optional.ofNullable(vfByKey.get(key));
    }

    /** The VF a vNIC holds while attached. */
    public Optional<VfPlace> vfOfNic(String nicId) {
        return Optional.ofNullable(vfByNic.get(nicId));
    }

    /** The EIP bound to this private IP of this vNIC. */
    public Optional<EipInfo> eipOf(String nicId, String privateIp) {
        return Optional.ofNullable(eipByPrivateIp.get(nicId + "/" + privateIp));
    }

    /** The EIPs bound on a vNIC. */
    public List<EipInfo> eipsOfNic(String nicId) {
        return snapshot.eips().stream().filter(eip -> nicId.equals(eip.nicId())).toList();
    }

    /** EIPs bound to nothing. */
    public List<EipInfo> freeEips() {
        return snapshot.eips().stream().filter(eip -> eip.nicId() == null).toList();
    }

    /** The vNICs attached to an instance, primary first. */
    public List<NicInfo> nicsOf(String instanceId) {
        return nicsByInstance.getOrDefault(instanceId, List.of());
    }

    /** The vNICs of a subnet, primary ones first. */
    public List<NicInfo> nicsIn(String subnetId) {
        return nicsBySubnet.getOrDefault(subnetId, List.of());
    }

    /** Every vNIC. */
    public List<NicInfo> allNics() {
        return List.copyOf(nics.values());
    }

    /** Every private IPv4 of a vNIC, primary first. */
    public static List<String> ipv4sOf(NicInfo nic) {
        List<String> addresses = new ArrayList<>();
        if (nic.primaryIpv4() != null) {
            addresses.add(nic.primaryIpv4());
        }
        for (String address : list(nic.secondaryIpv4s())) {
            if (!addresses.contains(address)) {
                addresses.add(address);
            }
        }
        if (addresses.isEmpty()) {
            list(nic.privateIpList()).stream().filter(address -> !address.contains(":"))
                    .forEach(addresses::add);
        }
        return addresses;
    }

    /** True for an instance's primary vNIC. */
    public static boolean isPrimary(NicInfo nic) {
        return "Primary".equals(nic.nicType());
    }

    /** The caps of an instance, from its vCPU count or its type name. */
    public static InstanceCaps capsOf(InstanceInfo instance) {
        if (instance.cpu() != null && instance.cpu() > 0) {
            return CapacityTable.forVcpus(instance.cpu());
        }
        return InstanceType.parse(instance.instanceType()).caps();
    }

    /** The IPv4 cap of a vNIC: its instance's, or the largest while unattached. */
    public int ipv4CapOf(NicInfo nic) {
        return instance(nic.instanceId()).map(instance -> capsOf(instance).ipv4PerVnic())
                .orElse(CapacityTable.largestIpv4PerVnic());
    }

    /** A name to show: the name, else the id. */
    public static String display(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    /** A null-safe view of a list from a record. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private void addNic(NicInfo nic) {
        nics.put(nic.nicId(), nic);
        if (nic.instanceId() != null) {
            nicsByInstance.computeIfAbsent(nic.instanceId(), id -> new ArrayList<>()).add(nic);
        }
        if (nic.subnetId() != null) {
            nicsBySubnet.computeIfAbsent(nic.subnetId(), id -> new ArrayList<>()).add(nic);
        }
    }

    private static String nicOrder(NicInfo nic) {
        return (isPrimary(nic) ? "0" : "1") + display(nic.name(), nic.nicId());
    }
}
