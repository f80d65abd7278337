package org.vnicconsole.model.api.operator;

import java.util.List;

/**
 * One SR-IOV adapter (its Physical Function) of a host, with its VF pool and queue sets, as the
 * operator service shows it. The PF itself is never given to a guest (PF-PRIVATE). Immutable;
 * every component is nullable (absent on the wire).
 *
 * @param adapterId the adapter's id
 * @param name the PF's interface name, for example {@code ens1f0}
 * @param pciAddress the PF's PCI address
 * @param driver the PF driver, for example {@code ice} or {@code mlx5_core}
 * @param model the adapter model as the vendor names it
 * @param totalVfs the VFs the PF has enabled
 * @param usedVfs the VFs held by attached vNICs (HOST-VF)
 * @param totalQueues the queue pairs the adapter can give to VFs
 * @param usedQueues the queue pairs held by attached vNICs
 * @param vfs every VF of the pool; null when the caller did not ask for them
 */
public record AdapterInfo(
        String adapterId,
        String name,
        String pciAddress,
        String driver,
        String model,
        Integer totalVfs,
        Integer usedVfs,
        Integer totalQueues,
        Integer usedQueues,
        List<VfInfo> vfs) {
}
