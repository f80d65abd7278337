package org.vnicconsole.control.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.Ipv4Block;
import org.vnicconsole.model.net.Ipv6Slots;
import org.vnicconsole.model.rules.RuleId;

/**
 * Picks and checks private addresses of one subnet inside the current transaction: explicit
 * addresses must be inside the subnet, not reserved and free; counted ones are the lowest free.
 */
final class AddressPool {

    private final Repositories repos;
    private final Subnet subnet;
    private final Ipv4Block block;
    private final Set<Long> held;

    AddressPool(Repositories repos, Subnet subnet) {
        this.repos = repos;
        this.subnet = subnet;
        this.block = Ipv4Block.parse(subnet.cidr());
        this.held = new HashSet<>(repos.addresses().heldInSubnet(subnet.id()));
    }

    /** Parses and checks an explicit address; {@code rule} is the rule the request is under. */
    long claimExplicit(String field, String text, RuleId rule) {
        long address = parse(field, text);
        checkAssignable(field, text, address, rule);
        if (held.contains(address)) {
            String holder = repos.addresses().holder(subnet.id(), address).orElse("another vNIC");
            throw Refusal.ofField(RuleId.IPV4_RESERVED, "INVALID_SUBNET_PRIVATE_IPV4_IN_USED", 409,
                    field, "address " + text + " is already held by " + holder);
        }
        held.add(address);
        return address;
    }

    private static long parse(String field, String text) {
        try {
            return Ipv4Block.parseAddress(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.badParameter("INVALID_PARAMETER_PATTERN_ERROR", field,
                    field + ": " + e.getMessage());
        }
    }

    /** Refuses an address outside the subnet or reserved in it. */
    private void checkAssignable(String field, String text, long address, RuleId rule) {
        if (!block.contains(address)) {
            throw Refusal.ofField(rule, "INVALID_IP_OUT_OF_RANGE", 400, field, "address " + text
                    + " is outside subnet " + subnet.id() + " (" + block.cidr() + ")");
        }
        Optional<Ipv4Block.Reserved> reserved = block.reserved(address);
        if (reserved.isPresent()) {
            String code = switch (reserved.get()) {
                case NETWORK -> "INVALID_IP_NETWORK_ADDRESS";
                case GATEWAY -> "INVALID_IP_FIRST_ADDRESS";
                case BROADCAST -> "INVALID_IP_BROADCAST_ADDRESS";
            };
            throw Refusal.ofField(RuleId.IPV4_RESERVED, code, 400, field, "address " + text
                    + " is the " + reserved.get().words() + " of subnet " + block.cidr()
                    + " and is never assigned");
        }
    }

    /** The lowest {@code count} free addresses, all or none, for a request under {@code rule}. */
    List<Long> claimLowest(int count, RuleId rule) {
        long free = block.assignableCount() - held.size();
        if (count > free) {
            throw Refusal.of(rule, "INVALID_SUBNET_IP_INSUFFICIENT", 409,
                    "subnet " + subnet.id() + " (" + block.cidr() + ") has " + free
                            + " free addresses; " + count
                            + (count == 1 ? " was asked for" : " were asked for"));
        }
        List<Long> picked = new ArrayList<>(count);
        for (long address = block.firstAssignable();
                picked.size() < count && address <= block.lastAssignable(); address++) {
            if (!held.contains(address)) {
                picked.add(address);
            }
        }
        held.addAll(picked);
        return picked;
    }

    /**
     * The preferred address when it is free, else the lowest free one (the public API's lanIp).
     * A preferred address outside the subnet or reserved in it is refused, as an explicit one is.
     */
    long claimPreferredOrLowest(String field, String preferred) {
        if (preferred != null && !preferred.isBlank()) {
            long address = parse(field, preferred);
            checkAssignable(field, preferred, address, RuleId.IPV4_PRIMARY);
            if (!held.contains(address)) {
                held.add(address);
                return address;
            }
        }
        return claimLowest(1, RuleId.IPV4_PRIMARY).get(0);
    }

    /** Takes the lowest free IPv6 slot of the subnet (IPV6-DEFAULT: slot 0 is never used). */
    static long claimIpv6Slot(Repositories repos, Subnet subnet, Ipv6Slots slots) {
        long candidate = 1;
        for (long taken : repos.vnics().ipv6Slots(subnet.id())) {
            if (taken == candidate) {
                candidate++;
            } else if (taken > candidate) {
                break;
            }
        }
        if (candidate >= slots.slotCount()) {
            throw Refusal.of(RuleId.IPV6_DEFAULT, "INVALID_SUBNET_IPV6_INSUFFICIENT", 409,
                    "subnet " + subnet.id() + " has no free /96 left in " + slots.cidr());
        }
        return candidate;
    }
}
