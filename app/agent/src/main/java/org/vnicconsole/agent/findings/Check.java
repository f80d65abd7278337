package org.vnicconsole.agent.findings;

import java.util.List;
import org.vnicconsole.agent.inventory.Finding;

/** One family of findings. Implementations are stateless. */
interface Check {

    /** Adds this check's findings about the context to {@code findings}. */
    void run(CheckContext context, List<Finding> findings);
}
