package org.vnicconsole.model.api.operator;

import java.util.List;

/** DescribeGuestPlan: the guest network configuration of an instance, vNIC by vNIC. */
public record DescribeGuestPlanResponse(String instanceId, List<GuestInterfaceInfo> interfaces) {
}
