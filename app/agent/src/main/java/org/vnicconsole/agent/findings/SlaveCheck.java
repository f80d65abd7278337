package org.vnicconsole.agent.findings;

import java.util.List;
import java.util.Map;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.inventory.DeviceRole;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.IpAddress;
import org.vnicconsole.agent.inventory.Route;

/**
 * CONFIGURE-MASTER and FAILOVER-TRIPLET on the slaves themselves: addresses, routes and default
 * routes that belong on the master, and slaves that are up without being enslaved.
 */
final class SlaveCheck implements Check {

    @Override
    public void run(CheckContext context, List<Finding> findings) {
        Map<String, String> slaves = context.slaves();
        for (Map.Entry<String, String> slave : slaves.entrySet()) {
            LinkFacts link = context.link(slave.getKey());
            if (link != null) {
                checkAddresses(link, slave.getValue(), findings);
            }
        }
        List<Route> routes = context.facts().routes;
        if (routes != null) {
            for (Route route : routes) {
                if (slaves.containsKey(route.device())) {
                    checkRoute(route, slaves.get(route.device()), findings);
                }
            }
        }
        checkUnenslaved(context, findings);
    }

    private static void checkAddresses(LinkFacts link, String master, List<Finding> findings) {
        if (link.addresses == null) {
            return;
        }
        String owner = master == null ? "the master" : master;
        for (IpAddress address : link.addresses) {
            if (address.isLinkLocal()) {
                findings.add(FindingKind.SLAVE_LINK_LOCAL.of(List.of(link.name),
                        link.name + " has the link-local address " + address.cidr()
                                + "; only " + owner + " should carry addresses."));
            } else if (!address.isHostScope()) {
                findings.add(FindingKind.SLAVE_ADDRESS.of(List.of(link.name, owner),
                        link.name + " is a slave of " + owner + " but holds " + address.cidr()
                                + "; traffic to it stops when " + link.name + " goes away."));
            }
        }
    }

    private static void checkRoute(Route route, String master, List<Finding> findings) {
        String owner = master == null ? "the master" : master;
        if (route.isDefault()) {
            findings.add(FindingKind.SLAVE_DEFAULT_ROUTE.of(List.of(route.device(), owner),
                    "The default route goes out through the slave " + route.device()
                            + " instead of " + owner + "."));
        } else {
            findings.add(FindingKind.SLAVE_ROUTE.of(List.of(route.device(), owner),
                    "The route to " + route.destination() + " uses the slave " + route.device()
                            + " instead of " + owner + "."));
        }
    }

    private static void checkUnenslaved(CheckContext context, List<Finding> findings) {
        List<String> sharedMacs = context.sharedMacs();
        for (LinkFacts link : context.facts().links()) {
            DeviceRole role = context.role(link.name);
            boolean masterRead = link.master != null && link.master.isEmpty();
            boolean orphanStandby = role == DeviceRole.FAILOVER_STANDBY && masterRead;
            boolean strayMember = role != DeviceRole.FAILOVER_MASTER
                    && role != DeviceRole.NETVSC_SYNTHETIC && role != DeviceRole.LOOPBACK
                    && masterRead && link.mac != null && sharedMacs.contains(link.mac)
                    && link.slaveKind == null;
            boolean netvscVf = role == DeviceRole.NETVSC_VF && masterRead;
            if (!(orphanStandby || strayMember || netvscVf)) {
                continue;
            }
            if (link.isUp()) {
                findings.add(FindingKind.SLAVE_UP_WITHOUT_MASTER.of(List.of(link.name),
                        link.name + " is up but not enslaved to a failover master or hv_netvsc "
                                + "device, so anything configured on it bypasses the master."));
            } else if (orphanStandby) {
                findings.add(FindingKind.STANDBY_WITHOUT_MASTER.of(List.of(link.name),
                        link.name + " looks like a virtio standby but has no failover master."));
            }
        }
    }
}
