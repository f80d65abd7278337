package org.vnicconsole.console.navigator;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.NicInfo;

/** Builds a vNIC node with its private IPs (and their EIPs), shared by the tenancy trees. */
final class NicNodes {

    private final FleetIndex index;

    NicNodes(FleetIndex index) {
        this.index = index;
    }

    NavNode nic(NicInfo nic) {
        List<NavNode> children = new ArrayList<>();
        List<String> ipv4s = FleetIndex.ipv4sOf(nic);
        StringBuilder search = new StringBuilder(SearchText.of(nic.nicId(), nic.name(),
                nic.macAddress(), nic.vfPciAddress(), nic.primaryIpv6()));
        for (String address : ipv4s) {
            children.add(address(nic, address));
            search.append(' ').append(address);
        }
        if (nic.primaryIpv6() != null) {
            children.add(new NavNode(NodeRef.address(NodeKind.IPV6, nic.nicId(),
                    nic.primaryIpv6()), nic.primaryIpv6(), "IPv6 (one-way)", null, false,
                    SearchText.of(nic.primaryIpv6()), List.of()));
        }
        String role = FleetIndex.isPrimary(nic) ? "primary" : "elastic";
        String owner = index.instance(nic.instanceId())
                .map(instance -> FleetIndex.display(instance.instanceName(),
                        instance.instanceId()))
                .orElse("unattached");
        Usage usage = new Usage(ipv4s.size(), index.ipv4CapOf(nic), "IPs");
        return new NavNode(new NodeRef(NodeKind.VNIC, nic.nicId()),
                FleetIndex.display(nic.name(), nic.nicId()), role + " · " + owner, usage,
                nic.instanceId() == null, search.toString(), children);
    }

    private NavNode address(NicInfo nic, String address) {
        boolean primary = address.equals(nic.primaryIpv4());
        String note = primary ? "primary" : "secondary";
        String search = address;
        EipInfo eip = index.eipOf(nic.nicId(), address).orElse(null);
        if (eip != null) {
            String publicIp = String.join(",", FleetIndex.list(eip.publicIpAddresses()));
            note += " · EIP " + publicIp + " (" + EipModes.words(eip.bindType()) + ")";
            search += " " + publicIp + " " + eip.eipId();
        }
        return new NavNode(NodeRef.address(NodeKind.PRIVATE_IP, nic.nicId(), address), address,
                note, null, false, search, List.of());
    }
}
