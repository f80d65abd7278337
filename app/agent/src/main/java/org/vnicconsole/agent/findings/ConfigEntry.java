package org.vnicconsole.agent.findings;

import java.util.List;

/**
 * One device configuration inside a network configuration file, reduced to how it selects its
 * device. Immutable.
 *
 * @param file the file's path
 * @param label where in the file (a netplan id, a section, an iface stanza)
 * @param names the names or name globs it matches or configures
 * @param macs the MACs it matches
 * @param drivers the drivers it matches
 * @param unmanaged whether it tells the manager to leave the matched devices alone
 */
record ConfigEntry(String file, String label, List<String> names, List<String> macs,
        List<String> drivers, boolean unmanaged) {
}
