package org.vnicconsole.control.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.check.Names;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.rules.RuleId;

/**
 * Elastic IPs: create from the region's pool, bind to one private IPv4 (all or none), unbind,
 * change forwarding mode, release. Each method is one transaction. Thread-safe.
 */
public final class EipService {

    private final ServiceContext context;

    public EipService(ServiceContext context) {
        this.context = context;
    }

    /** Creates {@code amount} unbound EIPs from the region's public pool. */
    public List<Eip> create(String regionId, String name, int amount) {
        checkNameAndAmount(name, amount);
        return context.store().write(repos -> createIn(repos, context, regionId, name, amount));
    }

    private static void checkNameAndAmount(String name, int amount) {
        Names.withUnderscore("name", name);
        if (amount < 1 || amount > 100) {
            throw Refusal.badParameter(amount < 1 ? "INVALID_PARAMETER_LESS_MINIMUM"
                    : "INVALID_PARAMETER_EXCEED_MAXIMUM", "amount",
                    "amount must be between 1 and 100, was " + amount);
        }
    }

    /**
     * Creates one EIP per instance and binds each to its instance's primary address, in one
     * transaction: when any cannot bind, none is created.
     */
    public List<Eip> createBound(String regionId, String name, List<String> instanceIds,
            ForwardingMode mode) {
        checkNameAndAmount(name, instanceIds.size());
        return context.store().write(repos -> {
            List<Eip> created = createIn(repos, context, regionId, name, instanceIds.size());
            List<Eip> bound = new ArrayList<>();
            for (int i = 0; i < instanceIds.size(); i++) {
                Vnic primary = repos.vnics().ofInstance(
                        Lookups.instance(repos, instanceIds.get(i)).id()).stream()
                        .filter(vnic -> vnic.kind() == VnicKind.PRIMARY).findFirst()
                        .orElseThrow();
                String lanIp = repos.addresses().ofVnic(primary.id()).get(0).address();
                bound.addAll(bindIn(repos, List.of(created.get(i).id()), primary.id(), lanIp,
                        mode));
            }
            return bound;
        });
    }

    /** Creates EIPs inside the caller's transaction. */
    static List<Eip> createIn(Repositories repos, ServiceContext context, String regionId,
            String name, int amount) {
        Lookups.required("regionId", regionId);
        repos.network().region(regionId).orElseThrow(() -> Refusal.notFound(
                "INVALID_REGION_NOT_FOUND", "regionId", "region " + regionId
                        + " does not exist"));
        Ipv4Block pool = repos.network().eipPool(regionId).orElseThrow(() ->
                Refusal.conflict("OPERATION_DENIED_EIP_POOL_EMPTY",
                        "region " + regionId + " has no public address pool"));
        Set<String> used = new HashSet<>(repos.eips().addressesInRegion(regionId));
        List<Eip> created = new ArrayList<>();
        for (long address = pool.firstAssignable();
                created.size() < amount && address <= pool.lastAssignable(); address++) {
            String text = Ipv4Block.format(address);
            if (!used.contains(text)) {
                Eip eip = new Eip(context.ids().next("eip"), name, regionId, text,
                        ForwardingMode.STANDARD, null, null, context.now());
                repos.eips().insert(eip);
                created.add(eip);
            }
        }
        if (created.size() < amount) {
            throw Refusal.conflict("OPERATION_DENIED_EIP_POOL_EMPTY", "region " + regionId
                    + " has " + created.size() + " free public addresses; " + amount
                    + " were asked for");
        }
        return created;
    }

    /**
     * Binds EIPs to one private IPv4 of a vNIC, all or none. A private IP takes one EIP
     * (EIP-TO-PRIVATE-IP) and a vNIC's EIPs share one mode (EIP-ONE-MODE).
     */
    public List<Eip> bind(List<String> eipIds, String nicId, String lanIp, ForwardingMode mode) {
        if (eipIds == null || eipIds.isEmpty()) {
            throw Refusal.badParameter("MISSING_PARAMETER", "eipIds", "eipIds is required");
        }
        Lookups.required("lanIp", lanIp);
        ForwardingMode wanted = mode == null ? ForwardingMode.STANDARD : mode;
        return context.store().write(repos -> bindIn(repos, eipIds, nicId, lanIp, wanted));
    }

    /** Binds inside the caller's transaction; see {@link #bind}. */
    static List<Eip> bindIn(Repositories repos, List<String> eipIds, String nicId, String lanIp,
            ForwardingMode wanted) {
        Vnic vnic = Lookups.vnic(repos, nicId);
        Subnet subnet = Lookups.subnet(repos, vnic.subnetId());
        long address = heldAddress(repos, vnic, lanIp);
        if (eipIds.size() > 1) {
            throw Refusal.ofField(RuleId.EIP_TO_PRIVATE_IP,
                    "OPERATION_DENIED_PRIVATE_IP_HAS_EIP", 409, "eipIds", eipIds.size()
                            + " EIPs were asked for private IP " + lanIp
                            + ", which takes one EIP");
        }
        Eip eip = Lookups.eip(repos, eipIds.get(0));
        if (eip.isBound()) {
            throw Refusal.conflict("OPERATION_DENIED_EIP_ASSIGNED", "EIP " + eip.id()
                    + " is already bound to " + eip.privateIp() + " on vNIC " + eip.vnicId());
        }
        if (!eip.regionId().equals(subnet.regionId())) {
            throw Refusal.conflict("INVALID_EIP_REGION_MISMATCH", "EIP " + eip.id()
                    + " is in region " + eip.regionId() + " but vNIC " + nicId
                    + " is in region " + subnet.regionId());
        }
        repos.eips().onPrivateIp(subnet.id(), address).ifPresent(other -> {
            throw Refusal.ofField(RuleId.EIP_TO_PRIVATE_IP,
                    "OPERATION_DENIED_PRIVATE_IP_HAS_EIP", 409, "lanIp", "private IP "
                            + lanIp + " of vNIC " + nicId + " already has EIP " + other.id()
                            + " (" + other.address() + ")");
        });
        checkOneMode(repos, vnic, wanted, null);
        repos.eips().bind(eip.id(), subnet.id(), address, vnic.id(), wanted);
        return List.of(Lookups.eip(repos, eip.id()));
    }

    /** Unbinds EIPs; an unbound one is not an error. */
    public void unbind(List<String> eipIds) {
        if (eipIds == null || eipIds.isEmpty()) {
            throw Refusal.badParameter("MISSING_PARAMETER", "eipIds", "eipIds is required");
        }
        context.store().write(repos -> {
            List<Eip> eips = eipIds.stream().map(id -> Lookups.eip(repos, id)).toList();
            eips.forEach(eip -> repos.eips().unbind(eip.id()));
            return null;
        });
    }

    /** Changes a bound EIP's forwarding mode, refused when it would mix modes on its vNIC. */
    public Eip changeMode(String eipId, ForwardingMode mode) {
        if (mode == null) {
            throw Refusal.badParameter("MISSING_PARAMETER", "bindType", "bindType is required");
        }
        return context.store().write(repos -> {
            Eip eip = Lookups.eip(repos, eipId);
            if (!eip.isBound()) {
                throw Refusal.badParameter("OPERATION_DENIED_EIP_NOT_ASSIGNED", "eipId",
                        "EIP " + eipId + " is not bound; its mode is set when it is bound");
            }
            checkOneMode(repos, Lookups.vnic(repos, eip.vnicId()), mode, eip.id());
            repos.eips().updateMode(eip.id(), mode);
            return Lookups.eip(repos, eip.id());
        });
    }

    /** Releases an unbound EIP (EIP-BYPASS-GUEST: it must be unbound first). */
    public void release(String eipId) {
        context.store().write(repos -> {
            Eip eip = Lookups.eip(repos, eipId);
            if (eip.isBound()) {
                throw Refusal.of(RuleId.EIP_BYPASS_GUEST, "OPERATION_DENIED_EIP_ASSIGNED", 409,
                        "EIP " + eipId + " is bound to " + eip.privateIp() + " on vNIC "
                                + eip.vnicId() + "; unbind it before releasing it");
            }
            repos.eips().delete(eip.id());
            return null;
        });
    }

    private static long heldAddress(Repositories repos, Vnic vnic, String lanIp) {
        long address;
        try {
            address = Ipv4Block.parseAddress(lanIp);
        } catch (IllegalArgumentException e) {
            throw Refusal.badParameter("INVALID_PARAMETER_PATTERN_ERROR", "lanIp",
                    "lanIp: " + e.getMessage());
        }
        String text = Ipv4Block.format(address);
        boolean held = repos.addresses().ofVnic(vnic.id()).stream()
                .map(PrivateIp::address).anyMatch(text::equals);
        if (!held) {
            throw Refusal.ofField(RuleId.EIP_TO_PRIVATE_IP, "INVALID_PARAMETER_VALUE", 400,
                    "lanIp", "vNIC " + vnic.id() + " does not hold private IP " + text);
        }
        return address;
    }

    private static void checkOneMode(Repositories repos, Vnic vnic, ForwardingMode mode,
            String except) {
        for (Eip other : repos.eips().ofVnic(vnic.id())) {
            if (!other.id().equals(except) && other.mode() != mode) {
                throw Refusal.of(RuleId.EIP_ONE_MODE, "OPERATION_DENIED_EIP_BIND_TYPE_MIXED", 409,
                        "vNIC " + vnic.id() + " has EIP " + other.id() + " in "
                                + other.mode().wireName() + " mode; all EIPs on one vNIC use one "
                                + "mode, so a " + mode.wireName() + " EIP cannot join it");
            }
        }
    }
}
