package org.vnicconsole.model.domain;

/**
 * A host network adapter's Physical Function. The PF is never given to a guest (PF-PRIVATE); it
 * carries a pool of Virtual Functions and a budget of queues shared by the VFs in use.
 *
 * @param totalQueues Tx/Rx queue pairs the adapter can hand to VFs in all
 */
public record Adapter(
        String id,
        String hostId,
        String name,
        String pciAddress,
        String driver,
        String model,
        int totalVfs,
        int totalQueues) {
}
