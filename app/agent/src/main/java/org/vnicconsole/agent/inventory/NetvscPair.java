package org.vnicconsole.agent.inventory;

/**
 * The two-device arrangement of a Hyper-V or Azure guest with Accelerated Networking: a
 * synthetic hv_netvsc device that owns the addresses and a VF enslaved to it. It is not a
 * net_failover triplet (there is no standby). Immutable.
 *
 * @param synthetic the hv_netvsc device
 * @param vf the VF netdev
 * @param mac the MAC both share
 * @param vfPciAddress the VF's PCI function (its domain comes from the hv_pci VMBus id)
 * @param vfDriver the VF's driver ({@code mlx4_core}, {@code mlx5_core}, {@code mana})
 * @param vfDescription the VF as lspci or udev names it
 * @param datapath {@code vf} or {@code synthetic}: which device carries traffic now
 * @param evidence how the pair was recognised, in a few words
 */
public record NetvscPair(
        Known<String> synthetic,
        String vf,
        Known<String> mac,
        Known<String> vfPciAddress,
        Known<String> vfDriver,
        Known<String> vfDescription,
        Known<String> datapath,
        String evidence) {
}
