package org.vnicconsole.model.api.operator;

/** DescribeGuestPlan. */
public record InstanceIdRequest(String instanceId) {
}
