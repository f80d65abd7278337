package org.vnicconsole.model.api.zec;

/**
 * One rule of a security group: direction ingress or egress, policy accept, priority 1 to 100,
 * protocol tcp, udp, icmp or all, port range {@code start/end}.
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 */
public record SecurityGroupRuleInfo(
        String direction,
        String policy,
        Integer priority,
        String ipProtocol,
        String portRange,
        String cidrIp,
        String desc) {
}
