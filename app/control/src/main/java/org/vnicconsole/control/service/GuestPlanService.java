package org.vnicconsole.control.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.net.Ipv4Block;

/**
 * What an instance's guest should configure, vNIC by vNIC: the net_failover triplet it will see
 * (FAILOVER-TRIPLET), everything placed on the master only (CONFIGURE-MASTER), the default route
 * on the primary only (PRIMARY-DEFAULT-ROUTE), Bypass EIPs held on the master
 * (EIP-BYPASS-GUEST), and how each public address reaches it (IPV6-PUBLIC). Read-only.
 */
public final class GuestPlanService {

    /** How a public address reaches the guest. */
    public enum Reach {
        /** A Standard EIP: the platform translates; nothing in the guest. */
        TRANSLATED,
        /** A Bypass EIP: delivered as is; the master must hold the address. */
        ON_MASTER,
        /** Public IPv6: reaches the guest directly, without NAT. */
        DIRECT_NO_NAT
    }

    /** A public address of a vNIC. */
    public record PublicAddress(String address, Reach reach) {
    }

    /** One vNIC as the guest sees it. */
    public record GuestInterface(int deviceIndex, String nicId, String macAddress, String master,
            String standby, String vf, List<String> masterAddresses, List<String> masterRoutes,
            List<PublicAddress> publicAddresses) {
    }

    private final ServiceContext context;

    public GuestPlanService(ServiceContext context) {
        this.context = context;
    }

    /** The plan for every vNIC of an instance, in device order. */
    public List<GuestInterface> plan(String instanceId) {
        return context.store().read(repos -> {
            Instance instance = Lookups.instance(repos, instanceId);
            List<GuestInterface> plan = new ArrayList<>();
            for (Vnic vnic : repos.vnics().ofInstance(instance.id())) {
                plan.add(describe(repos, vnic));
            }
            return plan;
        });
    }

    private static GuestInterface describe(Repositories repos, Vnic vnic) {
        Subnet subnet = Lookups.subnet(repos, vnic.subnetId());
        Ipv4Block block = Ipv4Block.parse(subnet.cidr());
        String master = "eth" + vnic.deviceIndex();
        List<String> addresses = new ArrayList<>();
        for (PrivateIp ip : repos.addresses().ofVnic(vnic.id())) {
            addresses.add(ip.address() + "/" + block.prefixLength());
        }
        List<PublicAddress> publics = new ArrayList<>();
        for (Eip eip : repos.eips().ofVnic(vnic.id())) {
            boolean bypass = eip.mode() == ForwardingMode.BYPASS;
            publics.add(new PublicAddress(eip.address(), bypass ? Reach.ON_MASTER
                    : Reach.TRANSLATED));
            if (bypass) {
                addresses.add(eip.address() + "/32");
            }
        }
        if (vnic.ipv6Address() != null) {
            addresses.add(vnic.ipv6Address() + "/96");
            if ("Public".equals(subnet.ipv6Type())) {
                publics.add(new PublicAddress(vnic.ipv6Address(), Reach.DIRECT_NO_NAT));
            }
        }
        List<String> routes = new ArrayList<>();
        routes.add(block.cidr() + " dev " + master);
        if (vnic.kind() == VnicKind.PRIMARY) {
            routes.add("default via " + Ipv4Block.format(block.gateway()) + " dev " + master);
        }
        String vf = repos.fabric().vfOfVnic(vnic.id()).map(GuestPlanService::vfName)
                .orElse("(none: standby carries traffic)");
        return new GuestInterface(vnic.deviceIndex(), vnic.id(), vnic.macAddress(), master,
                master + "nsby", vf, addresses, routes, publics);
    }

    /** The systemd-style name of the VF netdev the guest gets for a VF's PCI address. */
    private static String vfName(VirtualFunction vf) {
        String[] parts = vf.pciAddress().split("[:.]");
        if (parts.length != 4) {
            return "vf" + vf.index();
        }
        return String.format(Locale.ROOT, "enp%ds%df%d", Integer.parseInt(parts[1], 16),
                Integer.parseInt(parts[2], 16), Integer.parseInt(parts[3]));
    }
}
