package org.vnicconsole.model.api.operator;

/**
 * One Virtual Function of a host adapter as the operator service shows it. Immutable; every
 * component is nullable (absent on the wire).
 *
 * @param vfIndex the VF's index on its adapter, from 0
 * @param pciAddress the VF's PCI address, for example {@code 0000:3b:02.1}
 * @param macAddress the MAC the PF programs for it; null while free
 * @param vlan the VLAN the PF enforces; null for none
 * @param rateLimitMbps the rate limit the PF applies; null for none
 * @param spoofCheck whether the PF drops frames with another source MAC (SRC-DST-CHECK)
 * @param trust whether the guest may change the VF's MAC or enter promiscuous mode
 * @param linkState {@code auto}, {@code enable} or {@code disable}
 * @param nicId the vNIC holding this VF; null while free
 * @param instanceId the instance of that vNIC; null while free
 */
public record VfInfo(
        Integer vfIndex,
        String pciAddress,
        String macAddress,
        Integer vlan,
        Integer rateLimitMbps,
        Boolean spoofCheck,
        Boolean trust,
        String linkState,
        String nicId,
        String instanceId) {
}
