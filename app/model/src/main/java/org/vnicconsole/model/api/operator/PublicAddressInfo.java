package org.vnicconsole.model.api.operator;

/** A public address of a vNIC and how it reaches the guest (IPV6-PUBLIC, EIP-BYPASS-GUEST). */
public record PublicAddressInfo(String address, String reach) {
}
