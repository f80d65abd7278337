package org.vnicconsole.agent.inventory;

import java.util.List;

/**
 * A host adapter's Physical Function and its VF pool. Immutable.
 *
 * @param name the PF's network device, unknown when the PF has none (bound to a user-space
 *     driver)
 * @param pciAddress the PF's PCI function
 * @param driver the PF's driver
 * @param description the adapter as lspci names it
 * @param sriovCapable whether the PF has the SR-IOV capability
 * @param totalVfs the most VFs the PF can enable ({@code sriov_totalvfs})
 * @param enabledVfs the VFs enabled now ({@code sriov_numvfs}, or the VF list when only that was
 *     shown)
 * @param vfs the VFs the input showed, by index
 * @param vfListTruncated whether netlink listed fewer VFs than sysfs counts (the kernel's VF list
 *     attribute overflows above about 220 VFs)
 * @param master the device this PF is enslaved to (for example {@code ovs-system}), or none
 * @param stats the PF's own counters, when shown
 */
public record PhysicalFunction(
        Known<String> name,
        Known<String> pciAddress,
        Known<String> driver,
        Known<String> description,
        Known<Boolean> sriovCapable,
        Known<Integer> totalVfs,
        Known<Integer> enabledVfs,
        List<VirtualFunction> vfs,
        boolean vfListTruncated,
        Known<String> master,
        Known<LinkStats> stats) {

    public PhysicalFunction {
        vfs = List.copyOf(vfs);
    }

    /** The VF with this index, if the input showed it. */
    public java.util.Optional<VirtualFunction> vf(int index) {
        return vfs.stream().filter(vf -> vf.index() == index).findFirst();
    }

    /** A name for messages: the netdev, else the PCI address. */
    public String label() {
        return name.isKnown() ? name.value() : pciAddress.display();
    }
}
