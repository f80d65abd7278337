package org.vnicconsole.agent.facts;

/**
 * A network configuration file (netplan, systemd-networkd, NetworkManager, ifupdown, udev) as
 * read from the machine or pasted. Immutable.
 *
 * @param path the file's path on the machine inspected
 * @param content the file's text
 */
public record ConfigFile(String path, String content) {
}
