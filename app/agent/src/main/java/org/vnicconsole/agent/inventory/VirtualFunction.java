package org.vnicconsole.agent.inventory;

/**
 * One VF of a PF's pool: where it sits on the PCI bus, which driver holds it, and the policy the
 * PF applies to it (PF-PRIVATE). Attributes the input did not show are unknown. Immutable.
 *
 * @param index the VF number, the same N as {@code ip link set PF vf N}
 * @param pciAddress the VF's PCI function
 * @param netdev the VF's network device while it is bound to a netdev driver
 * @param driver the driver bound to the VF (for example {@code iavf} or {@code vfio-pci})
 * @param mac the administrative MAC the PF set; {@code 00:00:00:00:00:00} means none set
 * @param vlan the VLAN id the PF tags the VF's traffic with; 0 means none
 * @param qos the 802.1p priority for that VLAN
 * @param vlanProtocol {@code 802.1Q} or {@code 802.1ad}
 * @param txRate the legacy single rate limit in Mbps (mirrors maxTxRate)
 * @param maxTxRate the maximum transmit rate in Mbps; 0 means unlimited
 * @param minTxRate the guaranteed transmit rate in Mbps; 0 means none
 * @param spoofCheck whether the PF drops frames with a foreign source MAC
 * @param trust whether the VF may change its MAC and enter promiscuous modes
 * @param linkState {@code auto}, {@code enable} or {@code disable}
 * @param queryRss whether the VF may query the PF's RSS configuration
 * @param iommuGroup the IOMMU group the VF is in
 * @param stats the VF's counters, when the input had them
 */
public record VirtualFunction(
        int index,
        Known<String> pciAddress,
        Known<String> netdev,
        Known<String> driver,
        Known<String> mac,
        Known<Integer> vlan,
        Known<Integer> qos,
        Known<String> vlanProtocol,
        Known<Long> txRate,
        Known<Long> maxTxRate,
        Known<Long> minTxRate,
        Known<Boolean> spoofCheck,
        Known<Boolean> trust,
        Known<String> linkState,
        Known<Boolean> queryRss,
        Known<Integer> iommuGroup,
        Known<VfStats> stats) {

    /** The MAC that means "not set by the administrator". */
    public static final String NO_MAC = "00:00:00:00:00:00";

    /** Whether the PF has an administrative MAC for this VF. */
    public boolean hasAdminMac() {
        return mac.isKnown() && !NO_MAC.equals(mac.value());
    }
}
