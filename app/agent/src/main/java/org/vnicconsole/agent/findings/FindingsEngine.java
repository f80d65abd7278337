package org.vnicconsole.agent.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Inventory;

/**
 * Runs every check over an inventory and returns the findings, most severe first. Checks that
 * need input the source did not have (addresses, routes, files) simply find nothing; the
 * limitations say why. Stateless; safe from any thread.
 */
public final class FindingsEngine {

    private final List<Check> checks = List.of(new SlaveCheck(), new TripletCheck(),
            new NetworkManagerCheck(), new ConfigFileCheck(), new VfPolicyCheck());

    /** The findings for this inventory, given how many VFs each PF is expected to have. */
    public List<Finding> findings(MachineFacts facts, Inventory inventory,
            OptionalInt expectedVfs) {
        CheckContext context = CheckContext.of(facts, inventory, expectedVfs);
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            check.run(context, findings);
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed());
        return findings;
    }
}
