package org.vnicconsole.model.api.operator;

import java.util.List;

/** CheckInvariants: every broken store invariant in words; empty when the state is sound. */
public record CheckInvariantsResponse(List<String> violations) {
}
