package org.vnicconsole.control.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.capacity.InstanceCaps;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * The checks and writes of attaching a vNIC to an instance, shared by launch (the primary) and
 * AttachNetworkInterface (an elastic vNIC). Checks run in the order a person would want to hear
 * them: placement, then the instance's caps, then the host's VF pool.
 */
final class Attachments {

    private Attachments() {
    }

    static Vnic attach(Repositories repos, Vnic vnic, Instance instance, Instant now) {
        if (vnic.isAttached()) {
            throw Refusal.of(RuleId.VNIC_ONE_INSTANCE, "INVALID_NIC_ATTACHED", 400, "vNIC "
                    + vnic.id() + " is already attached to instance " + vnic.instanceId()
                    + "; detach it first");
        }
        checkScope(repos, vnic, instance);
        InstanceCaps caps = instance.type().caps();
        int attached = repos.vnics().attachedCount(instance.id());
        if (attached >= caps.maxVnics()) {
            throw Refusal.of(RuleId.CAP_VNICS, "INVALID_INSTANCE_NIC_LIMIT", 400, "instance "
                    + instance.id() + " (" + instance.type().vcpus() + " vCPU) already has "
                    + attached + " of " + caps.maxVnics() + " vNICs attached");
        }
        int held = repos.addresses().countOfVnic(vnic.id());
        if (held > caps.ipv4PerVnic()) {
            throw Refusal.of(RuleId.CAP_ATTACH_FIT, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", 403,
                    "vNIC " + vnic.id() + " holds " + held + " private IPv4 addresses but "
                            + "instance " + instance.id() + " (" + instance.type().vcpus()
                            + " vCPU) allows " + caps.ipv4PerVnic() + " per vNIC; unassign "
                            + (held - caps.ipv4PerVnic()) + " first");
        }
        Host host = Lookups.host(repos, instance.hostId());
        VfAllocator.hold(repos, host, vnic, caps.queuesPerVnic());
        repos.vnics().attach(vnic.id(), instance.id(), freeDeviceIndex(repos, instance),
                instance.zoneId(), caps.queuesPerVnic(), now);
        if (instance.ipForward()) {
            // Decided here: the forwarding switch covers every vNIC of the instance, those
            // attached after it was turned on too (SRC-DST-CHECK).
            repos.vnics().updateSourceDestCheck(vnic.id(), false, now);
        }
        return Lookups.vnic(repos, vnic.id());
    }

    private static void checkScope(Repositories repos, Vnic vnic, Instance instance) {
        Subnet vnicSubnet = Lookups.subnet(repos, vnic.subnetId());
        Subnet instanceSubnet = Lookups.subnet(repos, instance.subnetId());
        Zone zone = Lookups.zone(repos, instance.zoneId());
        if (!vnicSubnet.regionId().equals(zone.regionId())) {
            throw Refusal.of(RuleId.VNIC_ATTACH_SCOPE, "INVALID_NIC_INSTANCE_REGION_MISMATCH", 409,
                    "vNIC " + vnic.id() + " is in region " + vnicSubnet.regionId()
                            + " but instance " + instance.id() + " is in region "
                            + zone.regionId());
        }
        if (!vnicSubnet.vpcId().equals(instanceSubnet.vpcId())) {
            throw Refusal.of(RuleId.VNIC_ATTACH_SCOPE, "INVALID_NIC_INSTANCE_VPC_MISMATCH", 409,
                    "vNIC " + vnic.id() + " is in VPC " + vnicSubnet.vpcId() + " but instance "
                            + instance.id() + " is in VPC " + instanceSubnet.vpcId());
        }
        if (vnic.zoneId() != null && !vnic.zoneId().equals(instance.zoneId())) {
            throw Refusal.of(RuleId.VNIC_ATTACH_SCOPE, "INVALID_NIC_INSTANCE_ZONE_MISMATCH", 409,
                    "vNIC " + vnic.id() + " was first attached in zone " + vnic.zoneId()
                            + " and never moves across zones; instance " + instance.id()
                            + " is in zone " + instance.zoneId());
        }
    }

    private static int freeDeviceIndex(Repositories repos, Instance instance) {
        Set<Integer> used = new HashSet<>();
        for (Vnic attached : repos.vnics().ofInstance(instance.id())) {
            used.add(attached.deviceIndex());
        }
        int index = 0;
        while (used.contains(index)) {
            index++;
        }
        return index;
    }

    /** Returns the VF and clears the slot; identity (IPs, MAC, SG, EIPs) stays on the vNIC. */
    static void detach(Repositories repos, Vnic vnic, Instant now) {
        repos.fabric().releaseVfOf(vnic.id());
        repos.vnics().detach(vnic.id(), now);
    }
}
