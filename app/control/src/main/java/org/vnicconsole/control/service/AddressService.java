package org.vnicconsole.control.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.capacity.CapacityTable;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.rules.RuleId;

/**
 * Private addresses of vNICs: secondary IPv4 by count or by address (all or none), unassigning,
 * and the one-way IPv6. Each method is one transaction. Thread-safe.
 */
public final class AddressService {

    private final ServiceContext context;

    public AddressService(ServiceContext context) {
        this.context = context;
    }

    /** Assigns the platform's choice of {@code count} secondary addresses (IPV4-SECONDARY). */
    public List<String> assignCount(String nicId, int count) {
        if (count < 1) {
            throw Refusal.badParameter("INVALID_PARAMETER_LESS_MINIMUM", "ipAddressCount",
                    "ipAddressCount must be at least 1, was " + count);
        }
        if (count > CapacityTable.largestIpv4PerVnic()) {
            throw Refusal.badParameter("INVALID_PARAMETER_EXCEED_MAXIMUM", "ipAddressCount",
                    "ipAddressCount must be at most " + CapacityTable.largestIpv4PerVnic()
                            + ", was " + count);
        }
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            checkCap(repos, vnic, count);
            Subnet subnet = Lookups.subnet(repos, vnic.subnetId());
            List<Long> picked = new AddressPool(repos, subnet).claimLowest(count,
                    RuleId.IPV4_SECONDARY);
            return record(repos, vnic, picked);
        });
    }

    /** Assigns the given secondary addresses, all or none (IPV4-SECONDARY, CAP-IPV4). */
    public List<String> assignAddresses(String nicId, List<String> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            throw Refusal.badParameter("MISSING_PARAMETER", "ipAddresses",
                    "ipAddresses must list at least one address");
        }
        if (new HashSet<>(addresses).size() != addresses.size()) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "ipAddresses",
                    "ipAddresses lists an address more than once");
        }
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            checkCap(repos, vnic, addresses.size());
            AddressPool pool = new AddressPool(repos, Lookups.subnet(repos, vnic.subnetId()));
            List<Long> picked = new ArrayList<>();
            for (String address : addresses) {
                picked.add(pool.claimExplicit("ipAddresses", address, RuleId.IPV4_SECONDARY));
            }
            return record(repos, vnic, picked);
        });
    }

    /** Removes secondary addresses, all or none; never the primary, never one with an EIP. */
    public void unassign(String nicId, List<String> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            throw Refusal.badParameter("MISSING_PARAMETER", "ipAddresses",
                    "ipAddresses must list at least one address");
        }
        context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            Set<String> held = new HashSet<>();
            String primary = null;
            for (PrivateIp ip : repos.addresses().ofVnic(vnic.id())) {
                held.add(ip.address());
                if (ip.primary()) {
                    primary = ip.address();
                }
            }
            List<Long> numbers = new ArrayList<>();
            for (String text : addresses) {
                String address = canonical(text);
                if (address.equals(primary)) {
                    throw Refusal.ofField(RuleId.IPV4_PRIMARY, "INVALID_NIC_PRIMARY_IP_CANT_DETACH",
                            409, "ipAddresses", "address " + address + " is the primary IPv4 of "
                                    + "vNIC " + nicId + " and cannot be removed");
                }
                if (!held.contains(address)) {
                    throw Refusal.notFound("OPERATION_FAILED_RESOURCE_NOT_FOUND", "ipAddresses",
                            "vNIC " + nicId + " does not hold address " + address);
                }
                long number = Ipv4Block.parseAddress(address);
                repos.eips().onPrivateIp(vnic.subnetId(), number).ifPresent(eip -> {
                    throw Refusal.ofField(RuleId.EIP_TO_PRIVATE_IP,
                            "INVALID_NIC_HAS_PUBLIC_IP_CANT_DETACH", 409, "ipAddresses",
                            "address " + address + " has EIP " + eip.id() + " ("
                                    + eip.address() + ") bound; unbind it first");
                });
                numbers.add(number);
            }
            numbers.forEach(number -> repos.addresses().delete(vnic.subnetId(), number));
            return null;
        });
    }

    /** Gives a vNIC its one IPv6 address (IPV6-ONE, IPV6-DEFAULT). */
    public Vnic enableIpv6(String nicId) {
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            if (vnic.ipv6Address() != null) {
                throw Refusal.of(RuleId.IPV6_ONE, "OPERATION_DENIED_NIC_EXIST_IPV6", 400, "vNIC "
                        + nicId + " already has IPv6 address " + vnic.ipv6Address()
                        + "; a vNIC holds at most one");
            }
            VnicFactory.enableIpv6(repos, vnic, Lookups.subnet(repos, vnic.subnetId()),
                    context.now());
            return Lookups.vnic(repos, nicId);
        });
    }

    /** Always refused: IPv6 cannot be turned off on a vNIC (IPV6-ONE-WAY). */
    public void disableIpv6(String nicId) {
        Vnic vnic = context.store().read(repos -> Lookups.vnic(repos, nicId));
        String what = vnic.ipv6Address() == null
                ? "vNIC " + nicId + " has no IPv6; once enabled, IPv6 stays"
                : "IPv6 cannot be turned off on vNIC " + nicId + " once enabled";
        throw Refusal.of(RuleId.IPV6_ONE_WAY, "OPERATION_DENIED_IPV6_ONE_WAY", 400, what
                + ". To drop IPv6, replace the vNIC with a new IPv4-only one");
    }

    private static void checkCap(Repositories repos, Vnic vnic, int adding) {
        int cap = vnic.isAttached()
                ? Lookups.instance(repos, vnic.instanceId()).type().caps().ipv4PerVnic()
                : CapacityTable.largestIpv4PerVnic();
        int held = repos.addresses().countOfVnic(vnic.id());
        if (held + adding > cap) {
            String whose = vnic.isAttached()
                    ? "instance " + vnic.instanceId() + " allows " + cap + " per vNIC"
                    : "an unattached vNIC may hold " + cap;
            throw Refusal.of(RuleId.CAP_IPV4, "INVALID_NIC_PRIVATE_IP_EXCEED_LIMIT", 403, "vNIC "
                    + vnic.id() + " holds " + held + " private IPv4 addresses and " + adding
                    + " more were asked for; " + whose);
        }
    }

    private static List<String> record(Repositories repos, Vnic vnic, List<Long> picked) {
        List<String> assigned = new ArrayList<>();
        for (long address : picked) {
            repos.addresses().insert(vnic.subnetId(), address, vnic.id(), false,
                    repos.serials().next("ip"));
            assigned.add(Ipv4Block.format(address));
        }
        return assigned;
    }

    private static String canonical(String text) {
        try {
            return Ipv4Block.format(Ipv4Block.parseAddress(text));
        } catch (IllegalArgumentException e) {
            throw Refusal.badParameter("INVALID_PARAMETER_PATTERN_ERROR", "ipAddresses",
                    "ipAddresses: " + e.getMessage());
        }
    }
}
