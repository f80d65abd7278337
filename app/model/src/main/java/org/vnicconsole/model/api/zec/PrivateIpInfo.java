package org.vnicconsole.model.api.zec;

/**
 * A vNIC and private IPv4 pair an EIP could be bound to (AvailableLanIp).
 *
 * <p>Wire shape of zec 2025-09-01; field names as the public API spells them. Every component is
 * nullable: null means absent on the wire (clients treat absent and null alike), so the same
 * record serves requests with optional fields and replies. Immutable.
 *
 * @param instanceId null while the vNIC is free
 * @param instanceName null while the vNIC is free
 */
public record PrivateIpInfo(
        String lanIp,
        String nicId,
        String nicName,
        String instanceId,
        String instanceName) {
}
