package org.vnicconsole.agent.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Device;
import org.vnicconsole.agent.inventory.FailoverTriplet;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.inventory.NetvscPair;
import org.vnicconsole.agent.inventory.PciFunction;

/**
 * Writes the report as the stable JSON document docs/agent.md describes (schema
 * {@code vnic-agent-report/1}). Field order is fixed; a value that could not be read is the
 * string {@code "unknown"}, never a default. Stateless; safe from any thread.
 */
public final class JsonReportWriter {

    /** The schema name and version written in every document. */
    public static final String SCHEMA = "vnic-agent-report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The document as a JSON tree. */
    public ObjectNode tree(AgentReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode source = root.putObject("source");
        source.put("kind", report.sourceKind());
        source.put("location", report.sourceLocation());
        source.put("readable", report.readable());
        Inventory inventory = report.inventory();
        root.put("sriovFound", !inventory.physicalFunctions().isEmpty());
        ArrayNode pools = root.putArray("physicalFunctions");
        inventory.physicalFunctions().forEach(pf -> pools.add(PoolJson.pf(MAPPER, pf)));
        ArrayNode triplets = root.putArray("failoverTriplets");
        inventory.triplets().forEach(triplet -> triplets.add(triplet(triplet)));
        ArrayNode pairs = root.putArray("netvscPairs");
        inventory.netvscPairs().forEach(pair -> pairs.add(pair(pair)));
        ArrayNode devices = root.putArray("devices");
        inventory.devices().forEach(device -> devices.add(device(device)));
        ArrayNode others = root.putArray("otherPciFunctions");
        inventory.otherPciFunctions().forEach(pci -> others.add(pci(pci)));
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(finding -> findings.add(finding(finding)));
        ArrayNode limitations = root.putArray("limitations");
        report.limitations().forEach(limitations::add);
        return root;
    }

    /** The document as indented JSON text. */
    public String write(AgentReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode triplet(FailoverTriplet triplet) {
        ObjectNode node = MAPPER.createObjectNode();
        JsonValues.put(node, "master", triplet.master());
        JsonValues.put(node, "primary", triplet.primary());
        JsonValues.put(node, "standby", triplet.standby());
        ArrayNode slaves = node.putArray("slaves");
        triplet.slaves().forEach(slaves::add);
        JsonValues.put(node, "mac", triplet.mac());
        JsonValues.put(node, "activeSlave", triplet.activeSlave());
        node.put("complete", triplet.isComplete());
        return node;
    }

    private static ObjectNode pair(NetvscPair pair) {
        ObjectNode node = MAPPER.createObjectNode();
        JsonValues.put(node, "synthetic", pair.synthetic());
        node.put("vf", pair.vf());
        JsonValues.put(node, "mac", pair.mac());
        JsonValues.put(node, "vfPciAddress", pair.vfPciAddress());
        JsonValues.put(node, "vfDriver", pair.vfDriver());
        JsonValues.put(node, "vfDescription", pair.vfDescription());
        JsonValues.put(node, "datapath", pair.datapath());
        node.put("evidence", pair.evidence());
        return node;
    }

    private static ObjectNode device(Device device) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", device.name());
        node.put("role", device.role().label());
        JsonValues.put(node, "mac", device.mac());
        JsonValues.put(node, "operState", device.operState());
        JsonValues.putList(node, "flags", device.flags());
        JsonValues.put(node, "master", device.master().map(master -> master.isEmpty() ? null
                : master), device.master().isKnown());
        JsonValues.put(node, "driver", device.driver().map(driver -> driver.isEmpty() ? null
                : driver), device.driver().isKnown());
        JsonValues.put(node, "pciAddress", device.pciAddress());
        JsonValues.put(node, "mtu", device.mtu());
        JsonValues.put(node, "kind", device.kind().map(kind -> kind.isEmpty() ? null : kind),
                device.kind().isKnown());
        JsonValues.put(node, "slaveKind", device.slaveKind().map(kind -> kind.isEmpty() ? null
                : kind), device.slaveKind().isKnown());
        JsonValues.put(node, "promiscuity", device.promiscuity());
        JsonValues.put(node, "maxMtu", device.maxMtu());
        JsonValues.put(node, "txQueues", device.txQueues());
        JsonValues.put(node, "rxQueues", device.rxQueues());
        ArrayNode altnames = node.putArray("altnames");
        device.altnames().forEach(altnames::add);
        JsonValues.put(node, "alias", device.alias());
        JsonValues.put(node, "speedMbps", device.speedMbps());
        if (device.addresses().isKnown()) {
            ArrayNode addresses = node.putArray("addresses");
            device.addresses().value().forEach(address -> addresses.addObject()
                    .put("family", address.family())
                    .put("cidr", address.cidr())
                    .put("scope", address.scope())
                    .put("dynamic", address.dynamic()));
        } else {
            node.put("addresses", JsonValues.UNKNOWN);
        }
        return node;
    }

    private static ObjectNode pci(PciFunction pci) {
        ObjectNode node = MAPPER.createObjectNode();
        JsonValues.put(node, "address", pci.address());
        JsonValues.put(node, "description", pci.description());
        JsonValues.put(node, "driver", pci.driver());
        JsonValues.put(node, "virtualFunction", pci.virtualFunction());
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", finding.id());
        node.put("severity", finding.severity().label());
        node.put("rule", finding.rule().id());
        ArrayNode devices = node.putArray("devices");
        List.copyOf(finding.devices()).forEach(devices::add);
        node.put("message", finding.message());
        node.put("fix", finding.fix());
        return node;
    }
}
