package org.vnicconsole.model.domain;

/**
 * One Virtual Function of an adapter and the policy its PF applies to it. A VF backs at most one
 * vNIC at a time.
 *
 * @param vlan the VLAN id, or null when untagged
 * @param rateLimitMbps the maximum transmit rate, or null when unlimited
 * @param vnicId the vNIC it backs, or null when free
 */
public record VirtualFunction(
        String adapterId,
        int index,
        String pciAddress,
        String macAddress,
        Integer vlan,
        Integer rateLimitMbps,
        boolean spoofCheck,
        boolean trust,
        String linkState,
        String vnicId) {

    /** Whether no vNIC holds this VF. */
    public boolean isFree() {
        return vnicId == null;
    }
}
