package org.vnicconsole.control.service;

import java.util.List;
import java.util.Locale;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Adapter;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.error.Refusal;

/**
 * The operator side of hosts: registering a host with its adapters and VF pools, or updating an
 * existing host's adapters from an agent report. PFs themselves are never handed to guests
 * (PF-PRIVATE): only their VFs appear in pools. Each method is one transaction. Thread-safe.
 */
public final class FabricService {

    /** An adapter as reported or declared. */
    public record AdapterSpec(String name, String pciAddress, String driver, String model,
            int totalVfs, int totalQueues) {
    }

    private final ServiceContext context;

    public FabricService(ServiceContext context) {
        this.context = context;
    }

    /** Registers a host, or updates its adapters when a host of that name exists. */
    public Host registerHost(String name, String zoneId, int vcpuTotal, int memoryGib,
            List<AdapterSpec> adapters) {
        Lookups.bounded("hostName", "hostName", Lookups.required("hostName", name), 128);
        if (vcpuTotal < 1 || memoryGib < 1) {
            throw Refusal.badParameter("INVALID_PARAMETER_LESS_MINIMUM", "vcpuTotal",
                    "a host needs at least 1 vCPU and 1 GiB");
        }
        for (AdapterSpec spec : adapters) {
            if (spec.totalVfs() < 0 || spec.totalVfs() > 4096 || spec.totalQueues() < 0) {
                throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "adapters", "adapter "
                        + spec.name() + ": totalVfs must be 0..4096 and totalQueues >= 0");
            }
            Lookups.required("pciAddress", spec.pciAddress());
            Lookups.bounded("adapters", "adapter name", spec.name(), 64);
            Lookups.bounded("adapters", "adapter PCI address", spec.pciAddress(), 32);
            Lookups.bounded("adapters", "adapter driver", spec.driver(), 64);
            Lookups.bounded("adapters", "adapter model", spec.model(), 128);
        }
        return context.store().write(repos -> {
            Lookups.zone(repos, zoneId);
            Host host = repos.fabric().hostByName(name).orElse(null);
            if (host == null) {
                host = new Host(context.ids().next("host"), name, zoneId, vcpuTotal, memoryGib);
                repos.fabric().insertHost(host);
            }
            for (AdapterSpec spec : adapters) {
                upsertAdapter(repos, host, spec);
            }
            return host;
        });
    }

    private void upsertAdapter(Repositories repos, Host host, AdapterSpec spec) {
        Adapter existing = repos.fabric().adapters(host.id()).stream()
                .filter(adapter -> adapter.pciAddress().equals(spec.pciAddress()))
                .findFirst().orElse(null);
        if (existing == null) {
            Adapter adapter = new Adapter(context.ids().next("pf"), host.id(), spec.name(),
                    spec.pciAddress(), spec.driver(), spec.model(), spec.totalVfs(),
                    spec.totalQueues());
            repos.fabric().insertAdapter(adapter);
            addVfs(repos, adapter, 0);
            return;
        }
        List<VirtualFunction> vfs = repos.fabric().vfs(existing.id());
        long heldBeyond = vfs.stream()
                .filter(vf -> vf.index() >= spec.totalVfs() && !vf.isFree()).count();
        if (heldBeyond > 0) {
            throw Refusal.conflict("OPERATION_DENIED_VF_IN_USE", "adapter " + spec.name()
                    + " on " + host.name() + " would shrink to " + spec.totalVfs()
                    + " VFs but " + heldBeyond + " VFs above that back vNICs");
        }
        Adapter updated = new Adapter(existing.id(), host.id(), spec.name(), spec.pciAddress(),
                spec.driver(), spec.model(), spec.totalVfs(), spec.totalQueues());
        repos.fabric().deleteFreeVfsFrom(existing.id(), spec.totalVfs());
        repos.fabric().updateAdapter(updated);
        addVfs(repos, updated, vfs.size());
    }

    private static void addVfs(Repositories repos, Adapter adapter, int from) {
        for (int index = from; index < adapter.totalVfs(); index++) {
            String pci = vfPciAddress(adapter.pciAddress(), index, adapter.totalVfs());
            repos.fabric().insertVf(new VirtualFunction(adapter.id(), index, pci, null, null,
                    null, true, false, "auto", null));
        }
    }

    /**
     * A VF's PCI address by the SR-IOV routing-id rule: the first function's id plus a VF offset
     * of 8 plus the function's share of VFs, then one per VF index (stride 1). Adapters of one
     * device with equal VF counts then never overlap. A stand-in for the capability's real
     * offset and stride, which an agent report replaces.
     */
    static String vfPciAddress(String pfAddress, int index, int totalVfs) {
        String[] parts = pfAddress.split("[:.]");
        if (parts.length != 4) {
            return pfAddress + "#vf" + index;
        }
        int function = Integer.parseInt(parts[3]);
        int base = (Integer.parseInt(parts[1], 16) << 8) | (Integer.parseInt(parts[2], 16) << 3);
        int rid = base + 8 + function * totalVfs + index;
        return String.format(Locale.ROOT, "%s:%02x:%02x.%d", parts[0], (rid >> 8) & 0xff,
                (rid >> 3) & 0x1f, rid & 0x7);
    }
}
