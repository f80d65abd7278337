package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * One vNIC as the guest sees it: its net_failover triplet and what belongs on the master
 * (FAILOVER-TRIPLET, CONFIGURE-MASTER).
 *
 * @param master the failover master's name, which owns addresses, routes and firewall rules
 * @param standby the virtio standby slave's name
 * @param vf the VF (primary slave) netdev's name
 * @param publicAddresses each public address with how it reaches the guest: TRANSLATED
 *     (Standard EIP), ON_MASTER (Bypass EIP) or DIRECT_NO_NAT (public IPv6)
 */
public record GuestInterfaceInfo(
        Integer deviceIndex,
        String nicId,
        String macAddress,
        String master,
        String standby,
        String vf,
        List<String> masterAddresses,
        List<String> masterRoutes,
        List<PublicAddressInfo> publicAddresses) {
}
