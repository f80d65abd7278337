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

    /**
     * What the agent cannot read but the control plane needs for a host it does not know yet:
     * its zone and the vCPUs and memory it gives instances. Each may be null (not sent).
     */
    public record HostFacts(String zoneId, Integer vcpuTotal, Integer memoryGib) {

        /** No facts: enough for a host the control plane already knows. */
        public static final HostFacts NONE = new HostFacts(null, null, null);
    }

    /** The request body for a host with this name, as compact JSON. */
    public String write(String hostName, Instant readAt, AgentReport report) {
        return write(hostName, readAt, report, HostFacts.NONE);
    }

    /** The request body for a host with this name and these facts, as compact JSON. */
    public String write(String hostName, Instant readAt, AgentReport report, HostFacts facts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("hostName", hostName);
        if (facts.zoneId() != null) {
            root.put("zoneId", facts.zoneId());
        }
        if (facts.vcpuTotal() != null) {
            root.put("vcpuTotal", facts.vcpuTotal());
        }
        if (facts.memoryGib() != null) {
            root.put("memoryGib", facts.memoryGib());
        }
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
