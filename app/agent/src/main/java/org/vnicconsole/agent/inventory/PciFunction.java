package org.vnicconsole.agent.inventory;

/**
 * A PCI network function the input showed that belongs to no PF or device found (for example a
 * VF bound to vfio-pci whose PF was not shown). Immutable.
 *
 * @param address the PCI address
 * @param description the function as lspci names it
 * @param driver the bound driver
 * @param virtualFunction whether it is a VF
 */
public record PciFunction(Known<String> address, Known<String> description, Known<String> driver,
        Known<Boolean> virtualFunction) {
}
