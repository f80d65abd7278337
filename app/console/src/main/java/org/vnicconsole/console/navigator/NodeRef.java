package org.vnicconsole.console.navigator;

/**
 * Names one object of the fleet the way the navigators and the details pane refer to it: its
 * kind and an id unique within that kind (a private IP is {@code nicId/address}, a VF is
 * {@code hostId/pciAddress}). Immutable.
 */
public record NodeRef(NodeKind kind, String id) {

    /** A reference to a private IPv4 or IPv6 address of a vNIC. */
    public static NodeRef address(NodeKind kind, String nicId, String address) {
        return new NodeRef(kind, nicId + "/" + address);
    }

    /** The part before the first {@code /}: the vNIC of an address, the host of a VF. */
    public String owner() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The part after the first {@code /}: the address, or the VF's PCI address. */
    public String leaf() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }
}
