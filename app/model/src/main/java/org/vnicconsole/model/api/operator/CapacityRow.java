package org.vnicconsole.model.api.operator;

/**
 * One row of the capacity table as the operator service shows it. Immutable.
 *
 * @param vcpus the row's vCPU count; a count between rows takes the lower row
 * @param maxVnics attached vNICs, the primary included
 * @param queuesPerVnic Tx and Rx queues each, per vNIC
 * @param ipv4PerVnic private IPv4 addresses per vNIC, the primary included
 */
public record CapacityRow(Integer vcpus, Integer maxVnics, Integer queuesPerVnic,
        Integer ipv4PerVnic) {
}
