package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * A host as the operator service shows it: its zone, its compute use and its SR-IOV adapters.
 * Immutable; every component is nullable (absent on the wire).
 *
 * @param hostId the host's id
 * @param name the host name
 * @param zoneId the zone the host sits in
 * @param vcpuTotal vCPUs the host offers to instances
 * @param vcpuUsed vCPUs held by instances placed on it
 * @param memoryTotal memory in GiB offered to instances
 * @param memoryUsed memory in GiB held by instances
 * @param adapters the host's SR-IOV adapters
 */
public record HostInfo(
        String hostId,
        String name,
        String zoneId,
        Integer vcpuTotal,
        Integer vcpuUsed,
        Integer memoryTotal,
        Integer memoryUsed,
        List<AdapterInfo> adapters) {
}
