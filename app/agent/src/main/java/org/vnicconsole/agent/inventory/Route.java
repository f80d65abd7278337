package org.vnicconsole.agent.inventory;

/**
 * One route from the main table. Immutable.
 *
 * @param destination {@code default} or a prefix
 * @param device the output device
 * @param gateway the next hop, or {@code null} when the route is on-link
 */
public record Route(String destination, String device, String gateway) {

    /** Whether this is a default route (IPv4 or IPv6). */
    public boolean isDefault() {
        return "default".equals(destination) || "0.0.0.0/0".equals(destination)
                || "::/0".equals(destination);
    }
}
