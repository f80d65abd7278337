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
            repos.fabric().insertVf(new VirtualFunction(adapter.id(), index,
                    vfPciAddress(adapter.pciAddress(), index), null, null, null, true, false,
                    "auto", null));
        }
    }

    /**
     * A VF's PCI address: the PF's bus plus one, device and function from the index (offset 0,
     * stride 1, eight functions a device). A stand-in for the SR-IOV capability's real numbers,
     * which an agent report replaces.
     */
    static String vfPciAddress(String pfAddress, int index) {
        String[] parts = pfAddress.split("[:.]");
        if (parts.length != 4) {
            return pfAddress + "#vf" + index;
        }
        int bus = Integer.parseInt(parts[1], 16) + 1 + index / 256;
        int device = (index % 256) / 8;
        int function = index % 8;
        return String.format(Locale.ROOT, "%s:%02x:%02x.%d", parts[0], bus & 0xff, device,
                function);
    }
}
