package org.vnicconsole.model.domain;

import java.time.Instant;

/**
 * An elastic public IPv4. When bound it points at one private IPv4 of one vNIC
 * (EIP-TO-PRIVATE-IP).
 *
 * @param privateIp the bound private address, or null when unbound
 * @param vnicId the vNIC holding that address, or null when unbound
 */
public record Eip(
        String id,
        String name,
        String regionId,
        String address,
        ForwardingMode mode,
        String privateIp,
        String vnicId,
        Instant createdAt) {

    /** Whether it is bound to a private IP. */
    public boolean isBound() {
        return privateIp != null;
    }
}
