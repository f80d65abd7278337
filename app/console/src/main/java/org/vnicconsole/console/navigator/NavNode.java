package org.vnicconsole.console.navigator;

import java.util.List;
import java.util.Locale;

/**
 * One node of a navigator tree, built from a snapshot by the tree builders: what it refers to,
 * its label, a short note (an address, the backing vNIC of a VF), its usage count and its
 * children. {@code searchText} holds what the search box matches (ids, names, IPs, MACs, PCI
 * addresses), in lower case. {@code free} marks a free VF or an unattached vNIC. Immutable.
 */
public record NavNode(
        NodeRef ref,
        String label,
        String note,
        Usage usage,
        boolean free,
        String searchText,
        List<NavNode> children) {

    /** Copies the children; lower-cases the search text. */
    public NavNode {
        children = List.copyOf(children);
        searchText = searchText == null ? "" : searchText.toLowerCase(Locale.ROOT);
        note = note == null ? "" : note;
    }

    /** The same node with other children. */
    public NavNode withChildren(List<NavNode> newChildren) {
        return new NavNode(ref, label, note, usage, free, searchText, newChildren);
    }

    /** How many nodes this subtree holds, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(NavNode::size).sum();
    }
}
