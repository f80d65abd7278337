package org.vnicconsole.agent.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.vnicconsole.agent.inventory.AgentReport;

/**
 * The host adapter inventory the agent sends to the operator service's
 * {@code RegisterHostInventory} action, so that the control plane's VF pools can come from real
 * hosts (schema {@code vnic-host-inventory/1}, described in docs/agent.md). Stateless.
 */
public final class HostInventoryDocument {

    /** The schema name and version written in every document. */
    public static final String SCHEMA = "vnic-host-inventory/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The request body for a host with this name, as compact JSON. */
    public String write(String hostName, Instant readAt, AgentReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("hostName", hostName);
        root.put("readAt", readAt.toString());
        root.put("source", report.sourceKind());
        ArrayNode pools = root.putArray("physicalFunctions");
        report.inventory().physicalFunctions().stream()
                .filter(pf -> Boolean.TRUE.equals(pf.sriovCapable().value()))
                .forEach(pf -> pools.add(PoolJson.pf(MAPPER, pf)));
        ArrayNode limitations = root.putArray("limitations");
        report.limitations().forEach(limitations::add);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
