package org.vnicconsole.console.details;

import java.util.List;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.navigator.Usage;
import org.vnicconsole.model.rules.RuleId;

/**
 * What the details pane shows for one selected object: a title, its properties (ids marked
 * copyable), its capacity against the caps of the rules, and related objects as links.
 * Immutable.
 */
public record Details(
        NodeRef ref,
        String title,
        String subtitle,
        List<Property> properties,
        List<Capacity> capacity,
        List<Link> links) {

    /** One property; {@code copyable} for ids and addresses. */
    public record Property(String name, String value, boolean copyable) {
    }

    /** A count against a cap, with the rule that sets the cap. */
    public record Capacity(String label, Usage usage, RuleId rule) {
    }

    /** A related object the user can go to. */
    public record Link(String relation, String label, NodeRef target) {
    }

    /** Nothing selected. */
    public static Details none() {
        return new Details(null, "Nothing selected",
                "Select a node in a navigator to see its details.", List.of(), List.of(),
                List.of());
    }

    /** Copies the lists. */
    public Details {
        properties = List.copyOf(properties);
        capacity = List.copyOf(capacity);
        links = List.copyOf(links);
    }
}
