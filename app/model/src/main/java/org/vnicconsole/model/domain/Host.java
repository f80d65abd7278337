package org.vnicconsole.model.domain;

/** A physical host in a zone, with the vCPUs and memory it can give to instances. */
public record Host(String id, String name, String zoneId, int vcpuTotal, int memoryGib) {
}
