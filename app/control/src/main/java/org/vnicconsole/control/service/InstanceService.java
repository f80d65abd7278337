package org.vnicconsole.control.service;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.control.store.FabricRepository.AdapterUsage;
import org.vnicconsole.control.store.FabricRepository.HostUsage;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.capacity.InstanceCaps;
import org.vnicconsole.model.capacity.InstanceType;
import org.vnicconsole.model.check.Names;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.InstanceStatus;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * Instances: launch with a primary vNIC, resize, release, and the instance-level forwarding
 * switch. Each method is one transaction. Thread-safe.
 */
public final class InstanceService {

    /**
     * A launch request.
     *
     * @param hostId null lets the platform place the instance
     * @param securityGroupId null for the default group
     * @param lanIp preferred primary IPv4; the next free one is used when it is taken
     */
    public record Launch(String name, String instanceType, String zoneId, String subnetId,
            String imageId, String securityGroupId, String lanIp, boolean ipv6,
            boolean ipForward, String hostId) {
    }

    private final ServiceContext context;

    public InstanceService(ServiceContext context) {
        this.context = context;
    }

    /**
     * How launched instances get a public IPv4: none, a new EIP each, or the given EIPs (one per
     * instance, in order); bound to the primary vNIC's primary address.
     */
    public record PublicIp(boolean createNew, List<String> eipIds, ForwardingMode mode) {

        public static final PublicIp NONE = new PublicIp(false, List.of(), ForwardingMode.STANDARD);
    }

    /** Launches an instance and its primary vNIC (PRIMARY-CREATED). */
    public Instance launch(Launch request) {
        return launchAll(List.of(request), PublicIp.NONE).get(0);
    }

    /** Launches several instances in one transaction: all of them, or none. */
    public List<Instance> launchAll(List<Launch> requests, PublicIp publicIp) {
        for (Launch request : requests) {
            Names.plain("instanceName", request.name());
            parseType(request.instanceType());
            Lookups.bounded("imageId", "imageId", Lookups.required("imageId", request.imageId()),
                    64);
        }
        if (!publicIp.eipIds().isEmpty() && publicIp.eipIds().size() != requests.size()) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "eipIds", "eipIds lists "
                    + publicIp.eipIds().size() + " EIPs for " + requests.size() + " instances");
        }
        return context.store().write(repos -> {
            List<Instance> launched = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Instance instance = launchIn(repos, requests.get(i));
                launched.add(instance);
                bindPublicIp(repos, instance, publicIp, i);
            }
            return launched;
        });
    }

    private Instance launchIn(Repositories repos, Launch request) {
        InstanceType type = parseType(request.instanceType());
        Zone zone = Lookups.zone(repos, request.zoneId());
        Subnet subnet = Lookups.subnet(repos, request.subnetId());
        if (!subnet.regionId().equals(zone.regionId())) {
            throw Refusal.ofField(RuleId.PRIMARY_CREATED, "INVALID_SUBNET_REGION_MISMATCH",
                    409, "subnetId", "subnet " + subnet.id() + " is in region "
                            + subnet.regionId() + " but zone " + zone.id() + " is in region "
                            + zone.regionId());
        }
        if (request.ipv6() && !subnet.hasIpv6()) {
            throw Refusal.ofField(RuleId.IPV6_ONE, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", 400,
                    "ipStackType", "subnet " + subnet.id() + " has no IPv6 prefix");
        }
        String group = request.securityGroupId() == null
                ? Defaults.securityGroup(repos)
                : Lookups.securityGroup(repos, request.securityGroupId()).id();
        Host host = place(repos, zone, type, request.hostId());
        Instance instance = new Instance(context.ids().next("i"), request.name(), type,
                zone.id(), host.id(), subnet.id(), request.imageId(), InstanceStatus.RUNNING,
                request.ipForward(), context.now());
        repos.instances().insert(instance);
        VnicFactory.Spec spec = new VnicFactory.Spec(context.ids().next("nic"),
                primaryName(request.name()), VnicKind.PRIMARY, subnet, group, request.lanIp(),
                "lanIp", false, request.ipv6());
        Vnic primary = VnicFactory.create(repos, spec, context.now());
        if (request.ipForward()) {
            repos.vnics().updateSourceDestCheck(primary.id(), false, context.now());
        }
        Attachments.attach(repos, Lookups.vnic(repos, primary.id()), instance, context.now());
        return instance;
    }

    private void bindPublicIp(Repositories repos, Instance instance, PublicIp publicIp,
            int index) {
        if (!publicIp.createNew() && publicIp.eipIds().isEmpty()) {
            return;
        }
        Vnic primary = repos.vnics().ofInstance(instance.id()).get(0);
        String lanIp = repos.addresses().ofVnic(primary.id()).get(0).address();
        String eipId = publicIp.createNew()
                ? EipService.createIn(repos, context, Lookups.zone(repos, instance.zoneId())
                        .regionId(), instance.name() + "-eip", 1).get(0).id()
                : publicIp.eipIds().get(index);
        EipService.bindIn(repos, List.of(eipId), primary.id(), lanIp, publicIp.mode());
    }

    /** The primary vNIC's name: the instance's, cut so that "-primary" fits in 63 characters. */
    private static String primaryName(String instanceName) {
        String suffix = "-primary";
        int room = 63 - suffix.length();
        String stem = instanceName.length() > room ? instanceName.substring(0, room) : instanceName;
        return stem + suffix;
    }

    /** Changes an instance's size; refused when what it uses exceeds the new caps (CAP-RESIZE). */
    public Instance resize(String instanceId, String instanceType) {
        InstanceType type = parseType(instanceType);
        return context.store().write(repos -> {
            Instance instance = Lookups.instance(repos, instanceId);
            if (!instance.type().family().equals(type.family())) {
                throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "instanceType",
                        "instance " + instanceId + " is of family " + instance.type().family()
                                + "; a resize keeps the family");
            }
            InstanceCaps caps = type.caps();
            List<String> over = new ArrayList<>();
            List<Vnic> vnics = repos.vnics().ofInstance(instanceId);
            if (vnics.size() > caps.maxVnics()) {
                over.add(vnics.size() + " vNICs attached, " + type.name() + " allows "
                        + caps.maxVnics());
            }
            for (Vnic vnic : vnics) {
                int held = repos.addresses().countOfVnic(vnic.id());
                if (held > caps.ipv4PerVnic()) {
                    over.add("vNIC " + vnic.id() + " holds " + held + " private IPv4, "
                            + type.name() + " allows " + caps.ipv4PerVnic());
                }
            }
            if (!over.isEmpty()) {
                throw Refusal.of(RuleId.CAP_RESIZE, "OPERATION_DENIED_RESIZE_OVER_CAPS", 409,
                        "instance " + instanceId + " cannot become " + type.name() + ": "
                                + String.join("; ", over));
            }
            checkHostRoom(repos, instance, type);
            checkQueueRoom(repos, instance, vnics, type);
            repos.instances().updateType(instanceId, type);
            for (Vnic vnic : vnics) {
                repos.vnics().updateQueueCount(vnic.id(), caps.queuesPerVnic());
            }
            return Lookups.instance(repos, instanceId);
        });
    }

    /**
     * Releases an instance (RELEASE-INSTANCE): its primary vNIC goes at once with its addresses
     * and VF. Its elastic vNICs are detached and kept, or deleted with their EIPs unbound when
     * {@code dependResource} is true.
     */
    public void release(String instanceId, boolean dependResource) {
        context.store().write(repos -> {
            Instance instance = Lookups.instance(repos, instanceId);
            for (Vnic vnic : repos.vnics().ofInstance(instance.id())) {
                if (vnic.kind() == VnicKind.PRIMARY || dependResource) {
                    Removal.deleteVnic(repos, vnic);
                } else {
                    Attachments.detach(repos, vnic, context.now());
                }
            }
            repos.instances().delete(instance.id());
            return null;
        });
    }

    /**
     * The instance-level forwarding switch: on turns source/destination checking off on every
     * vNIC of the instance, off turns it back on (SRC-DST-CHECK, decided here).
     */
    public Instance setIpForward(String instanceId, boolean on) {
        return context.store().write(repos -> {
            Instance instance = Lookups.instance(repos, instanceId);
            repos.instances().updateIpForward(instance.id(), on);
            for (Vnic vnic : repos.vnics().ofInstance(instance.id())) {
                repos.vnics().updateSourceDestCheck(vnic.id(), !on, context.now());
            }
            return Lookups.instance(repos, instanceId);
        });
    }

    /** Whether some host of the zone could place an instance of this type now. */
    public boolean hasRoom(String zoneId, String instanceType) {
        InstanceType type = parseType(instanceType);
        return context.store().read(repos -> {
            try {
                place(repos, Lookups.zone(repos, zoneId), type, null);
                return true;
            } catch (Refusal full) {
                return false;
            }
        });
    }

    private Host place(Repositories repos, Zone zone, InstanceType type, String hostId) {
        int queues = type.caps().queuesPerVnic();
        if (hostId != null) {
            Host host = Lookups.host(repos, hostId);
            if (!host.zoneId().equals(zone.id())) {
                throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "hostId", "host " + hostId
                        + " is in zone " + host.zoneId() + ", not " + zone.id());
            }
        }
        for (HostUsage usage : repos.fabric().hostUsage()) {
            Host host = usage.host();
            boolean wanted = hostId == null ? host.zoneId().equals(zone.id())
                    : host.id().equals(hostId);
            if (wanted && usage.vcpuUsed() + type.vcpus() <= host.vcpuTotal()
                    && usage.memoryUsed() + type.memoryGib() <= host.memoryGib()
                    && VfAllocator.find(repos, host.id(), queues).isPresent()) {
                return host;
            }
        }
        throw Refusal.of(RuleId.HOST_VF, "OPERATION_DENIED_NO_HOST_CAPACITY", 409, "no host in "
                + "zone " + zone.id() + (hostId == null ? "" : " (asked: " + hostId + ")")
                + " has " + type.vcpus() + " free vCPUs, " + type.memoryGib() + " GiB and a "
                + "free VF with " + queues + " queues for a " + type.name());
    }

    private static void checkHostRoom(Repositories repos, Instance instance, InstanceType type) {
        HostUsage usage = repos.fabric().hostUsage().stream()
                .filter(candidate -> candidate.host().id().equals(instance.hostId()))
                .findFirst().orElseThrow();
        int vcpus = usage.vcpuUsed() - instance.type().vcpus() + type.vcpus();
        int memory = usage.memoryUsed() - instance.type().memoryGib() + type.memoryGib();
        if (vcpus > usage.host().vcpuTotal() || memory > usage.host().memoryGib()) {
            throw Refusal.of(RuleId.CAP_RESIZE, "OPERATION_DENIED_NO_HOST_CAPACITY", 409,
                    "host " + usage.host().name() + " has no room for " + type.name()
                            + " (would use " + vcpus + " of " + usage.host().vcpuTotal()
                            + " vCPUs, " + memory + " of " + usage.host().memoryGib() + " GiB)");
        }
    }

    /**
     * The instance's vNICs keep their VFs through a resize, but their queue sets take the new
     * size: each adapter must have the queues for them (HOST-VF).
     */
    private static void checkQueueRoom(Repositories repos, Instance instance, List<Vnic> vnics,
            InstanceType type) {
        int queues = type.caps().queuesPerVnic();
        for (AdapterUsage usage : repos.fabric().adapterUsage(instance.hostId())) {
            int held = 0;
            int count = 0;
            for (Vnic vnic : vnics) {
                boolean onAdapter = repos.fabric().vfOfVnic(vnic.id())
                        .filter(vf -> vf.adapterId().equals(usage.adapter().id())).isPresent();
                if (onAdapter) {
                    held += vnic.queueCount();
                    count++;
                }
            }
            int free = usage.queuesFree() + held;
            if (count * queues > free) {
                Host host = Lookups.host(repos, instance.hostId());
                throw Refusal.of(RuleId.HOST_VF, "OPERATION_DENIED_HOST_VF_EXHAUSTED", 409,
                        "host " + host.name() + " cannot give instance " + instance.id()
                                + " the queues of " + type.name() + ": its " + count
                                + " vNICs on adapter " + usage.adapter().name() + " would need "
                                + (count * queues) + " queues, but only " + free + " of the "
                                + "adapter's " + usage.adapter().totalQueues()
                                + " are free for them");
            }
        }
    }

    private static InstanceType parseType(String name) {
        try {
            return InstanceType.parse(Lookups.required("instanceType", name));
        } catch (IllegalArgumentException e) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "instanceType",
                    "instanceType: " + e.getMessage());
        }
    }
}
