package org.vnicconsole.control.service;

import java.time.Instant;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.net.Ipv6Slots;
import org.vnicconsole.model.net.MacAddresses;
import org.vnicconsole.model.rules.RuleId;

/**
 * Creates a vNIC row with its MAC (MAC-UNIQUE), its primary IPv4 (IPV4-PRIMARY) and, when asked,
 * its IPv6 (IPV6-ONE, IPV6-DEFAULT). Shared by instance launch and elastic vNIC creation.
 */
final class VnicFactory {

    /** What to create. {@code primaryIp} null means the platform picks. */
    record Spec(String id, String name, VnicKind kind, Subnet subnet, String securityGroupId,
            String primaryIp, String primaryIpField, boolean explicitPrimary, boolean ipv6) {
    }

    private VnicFactory() {
    }

    static Vnic create(Repositories repos, Spec spec, Instant now) {
        AddressPool pool = new AddressPool(repos, spec.subnet());
        long primary = spec.explicitPrimary()
                ? pool.claimExplicit(spec.primaryIpField(), spec.primaryIp(), RuleId.IPV4_PRIMARY)
                : pool.claimPreferredOrLowest(spec.primaryIpField(), spec.primaryIp());
        String mac = MacAddresses.forSerial(repos.serials().next("mac"));
        Vnic vnic = new Vnic(spec.id(), spec.name(), spec.kind(), spec.subnet().id(), mac, null,
                null, null, spec.securityGroupId(), true, null, null, null, null, now, now);
        repos.vnics().insert(vnic);
        repos.addresses().insert(spec.subnet().id(), primary, vnic.id(), true,
                repos.serials().next("ip"));
        if (spec.ipv6()) {
            enableIpv6(repos, vnic, spec.subnet(), now);
        }
        return vnic;
    }

    static void enableIpv6(Repositories repos, Vnic vnic, Subnet subnet, Instant now) {
        if (!subnet.hasIpv6()) {
            throw Refusal.of(RuleId.IPV6_ONE, "INVALID_SUBNET_IPSTACK_NOT_SUPPORT", 400,
                    "subnet " + subnet.id() + " has no IPv6 prefix, so vNIC " + vnic.id()
                            + " cannot have IPv6");
        }
        Ipv6Slots slots = Ipv6Slots.parse(subnet.ipv6Prefix());
        long slot = AddressPool.claimIpv6Slot(repos, subnet, slots);
        repos.vnics().updateIpv6(vnic.id(), slot, slots.address(slot), slots.block(slot), now);
    }
}
