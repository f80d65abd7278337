package org.vnicconsole.agent.findings;

import java.util.List;
import java.util.Locale;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.inventory.Finding;

/**
 * CONFIGURE-MASTER for NetworkManager: a connection active on a slave, and a udev unmanaged
 * marking that NetworkManager did not honour. A device NetworkManager only observes
 * ("connected (externally)") is not one it activated.
 */
final class NetworkManagerCheck implements Check {

    @Override
    public void run(CheckContext context, List<Finding> findings) {
        for (String slave : context.slaves().keySet()) {
            LinkFacts link = context.link(slave);
            if (link == null || link.nmState == null) {
                continue;
            }
            String state = link.nmState.toLowerCase(Locale.ROOT);
            boolean activated = state.startsWith("connected") || state.startsWith("connecting");
            if (!activated || state.contains("externally")) {
                continue;
            }
            String profile = link.nmConnection == null ? "a connection"
                    : "the connection \"" + link.nmConnection + "\"";
            String master = context.slaves().get(slave);
            String shared = sharedProfileNote(context, link, master);
            findings.add(FindingKind.NM_ACTIVE_ON_SLAVE.of(List.of(slave),
                    "NetworkManager has activated " + profile + " on the slave " + slave
                            + " (state " + link.nmState + ")" + shared + "."));
            if ("1".equals(link.udev.get("NM_UNMANAGED"))) {
                findings.add(FindingKind.NM_UNMANAGED_IGNORED.of(List.of(slave),
                        "The udev database marks " + slave + " NM_UNMANAGED=1, yet NetworkManager "
                                + "shows it " + link.nmState + ": the marking did not take "
                                + "effect."));
            }
        }
    }

    private static String sharedProfileNote(CheckContext context, LinkFacts slave, String master) {
        LinkFacts owner = context.link(master);
        if (owner == null || slave.nmConnection == null
                || !slave.nmConnection.equals(owner.nmConnection)) {
            return "";
        }
        return ", the same profile " + master + " uses";
    }
}
