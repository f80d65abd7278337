package org.vnicconsole.control.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.model.api.zec.DescribeZoneInstanceConfigInfosResponse;
import org.vnicconsole.model.api.zec.InstanceTypeQuota;
import org.vnicconsole.model.capacity.InstanceType;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.error.Refusal;

/**
 * DescribeZoneInstanceConfigInfos: every instance type in every zone, with {@code withStock}
 * saying whether a host of the zone can place one now (vCPUs, memory, a VF and its queues).
 */
final class InstanceTypeActions {

    private final ControlPlane plane;

    InstanceTypeActions(ControlPlane plane) {
        this.plane = plane;
    }

    DescribeZoneInstanceConfigInfosResponse describe(ActionRequest request) {
        Optional<String> zoneId = request.optionalString("zoneId");
        Optional<String> typeName = request.optionalString("instanceType");
        List<InstanceType> types = InstanceType.all();
        if (typeName.isPresent()) {
            try {
                types = List.of(InstanceType.parse(typeName.get()));
            } catch (IllegalArgumentException e) {
                throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "instanceType",
                        "instanceType: " + e.getMessage());
            }
        }
        List<Zone> zones = plane.store().read(repos -> repos.network().zones());
        List<InstanceTypeQuota> quotas = new ArrayList<>();
        for (Zone zone : zones) {
            if (zoneId.isPresent() && !zoneId.get().equals(zone.id())) {
                continue;
            }
            for (InstanceType type : types) {
                quotas.add(new InstanceTypeQuota(zone.id(), type.name(), type.name(),
                        type.vcpus(), type.memoryGib(), 1_000_000_000L * type.vcpus(),
                        100_000L * type.vcpus(), 10_000,
                        plane.instances().hasRoom(zone.id(), type.name()),
                        List.of("ByBandwidth", "ByTrafficPackage")));
            }
        }
        return new DescribeZoneInstanceConfigInfosResponse(quotas);
    }
}
