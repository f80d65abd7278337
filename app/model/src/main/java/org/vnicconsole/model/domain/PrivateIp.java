package org.vnicconsole.model.domain;

/** A private IPv4 held by a vNIC; exactly one per vNIC is its primary (IPV4-PRIMARY). */
public record PrivateIp(String subnetId, String address, String vnicId, boolean primary) {
}
