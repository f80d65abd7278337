package org.vnicconsole.model.api.operator;

import java.util.List;

/** RegisterHostInventory: the host as registered, and what of the report was not used. */
public record RegisterHostInventoryResponse(String hostId, List<String> adapterIds,
        List<String> skipped) {
}
