package org.vnicconsole.model.capacity;

/**
 * The caps of one row of the capacity table: what an instance of {@code vcpus} may carry.
 *
 * @param vcpus the row's vCPU count
 * @param maxVnics attached vNICs, the primary included
 * @param queuesPerVnic Tx and Rx queues each, per vNIC
 * @param ipv4PerVnic private IPv4 addresses per vNIC, the primary included
 */
public record InstanceCaps(int vcpus, int maxVnics, int queuesPerVnic, int ipv4PerVnic) {
}
