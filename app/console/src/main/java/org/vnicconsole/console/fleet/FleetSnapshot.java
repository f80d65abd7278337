package org.vnicconsole.console.fleet;

import java.time.Instant;
import java.util.List;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.SecurityGroupInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.VpcInfo;
import org.vnicconsole.model.api.zec.ZoneInfo;

/**
 * Everything the console shows, as read from the API in one refresh: the tenant's zones, VPCs,
 * subnets, instances, vNICs, EIPs and security groups, and the operator's hosts with their
 * adapters and VFs. {@code hosts} is empty when the endpoint has no operator service (a real
 * Zenlayer account); {@code fabricNote} then says why. Immutable; any thread.
 */
public record FleetSnapshot(
        List<ZoneInfo> zones,
        List<VpcInfo> vpcs,
        List<SubnetInfo> subnets,
        List<InstanceInfo> instances,
        List<NicInfo> nics,
        List<EipInfo> eips,
        List<SecurityGroupInfo> securityGroups,
        List<HostInfo> hosts,
        String fabricNote,
        Instant readAt) {

    /** A snapshot with nothing in it, shown before the first read. */
    public static FleetSnapshot empty() {
        return new FleetSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), "", Instant.EPOCH);
    }

    /** Copies the lists so later changes to the caller's lists do not show. */
    public FleetSnapshot {
        zones = List.copyOf(zones);
        vpcs = List.copyOf(vpcs);
        subnets = List.copyOf(subnets);
        instances = List.copyOf(instances);
        nics = List.copyOf(nics);
        eips = List.copyOf(eips);
        securityGroups = List.copyOf(securityGroups);
        hosts = List.copyOf(hosts);
        fabricNote = fabricNote == null ? "" : fabricNote;
    }
}
