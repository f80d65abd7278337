package org.vnicconsole.control.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.model.domain.Adapter;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.Vpc;

/**
 * Everything a refused action could have touched, read in one transaction: vNICs (attachment,
 * MAC, IPv6, settings), private IPs, EIP bindings, instances (host, type), VPCs, subnets,
 * security groups, hosts and adapters, every VF's holder and policy, and each subnet's address
 * count. Two snapshots are equal when nothing changed.
 */
record StoreSnapshot(List<Vnic> vnics, List<PrivateIp> addresses, List<Eip> eips,
        List<Instance> instances, List<Vpc> vpcs, List<Subnet> subnets,
        List<SecurityGroup> securityGroups, List<Host> hosts, List<Adapter> adapters,
        List<VirtualFunction> vfs, Map<String, Integer> subnetAddressCounts) {

    static StoreSnapshot take(ControlPlane plane) {
        return plane.store().read(repos -> {
            List<Adapter> adapters = new ArrayList<>();
            List<VirtualFunction> vfs = new ArrayList<>();
            for (Host host : repos.fabric().hosts()) {
                for (Adapter adapter : repos.fabric().adapters(host.id())) {
                    adapters.add(adapter);
                    vfs.addAll(repos.fabric().vfs(adapter.id()));
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<Subnet> subnets = repos.network().subnets();
            for (Subnet subnet : subnets) {
                counts.put(subnet.id(), repos.addresses().countInSubnet(subnet.id()));
            }
            return new StoreSnapshot(repos.vnics().all(), repos.addresses().all(),
                    repos.eips().all(), repos.instances().all(), repos.network().vpcs(), subnets,
                    repos.network().securityGroups(), repos.fabric().hosts(), adapters, vfs,
                    counts);
        });
    }
}
