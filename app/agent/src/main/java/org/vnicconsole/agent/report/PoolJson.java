package org.vnicconsole.agent.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vnicconsole.agent.inventory.LinkStats;
import org.vnicconsole.agent.inventory.PhysicalFunction;
import org.vnicconsole.agent.inventory.VfStats;
import org.vnicconsole.agent.inventory.VirtualFunction;

/** The JSON of a PF and its VFs, shared by the report and the host inventory document. */
final class PoolJson {

    private PoolJson() {
    }

    static ObjectNode pf(ObjectMapper mapper, PhysicalFunction pf) {
        ObjectNode node = mapper.createObjectNode();
        JsonValues.put(node, "name", pf.name());
        JsonValues.put(node, "pciAddress", pf.pciAddress());
        JsonValues.put(node, "driver", pf.driver());
        JsonValues.put(node, "description", pf.description());
        JsonValues.put(node, "sriovCapable", pf.sriovCapable());
        JsonValues.put(node, "totalVfs", pf.totalVfs());
        JsonValues.put(node, "enabledVfs", pf.enabledVfs());
        node.put("listedVfs", pf.vfs().size());
        node.put("vfListTruncated", pf.vfListTruncated());
        JsonValues.put(node, "master", pf.master(), true);
        if (pf.stats().isKnown()) {
            LinkStats stats = pf.stats().value();
            ObjectNode statsNode = node.putObject("stats");
            JsonValues.put(statsNode, "rxBytes", stats.rxBytes());
            JsonValues.put(statsNode, "rxPackets", stats.rxPackets());
            JsonValues.put(statsNode, "txBytes", stats.txBytes());
            JsonValues.put(statsNode, "txPackets", stats.txPackets());
        } else {
            node.put("stats", JsonValues.UNKNOWN);
        }
        ArrayNode vfs = node.putArray("vfs");
        pf.vfs().forEach(vf -> vfs.add(vf(mapper, vf)));
        return node;
    }

    private static ObjectNode vf(ObjectMapper mapper, VirtualFunction vf) {
        ObjectNode node = mapper.createObjectNode();
        node.put("index", vf.index());
        JsonValues.put(node, "pciAddress", vf.pciAddress());
        JsonValues.put(node, "netdev", vf.netdev());
        JsonValues.put(node, "driver", vf.driver());
        JsonValues.put(node, "mac", vf.mac());
        JsonValues.put(node, "vlan", vf.vlan());
        JsonValues.put(node, "qos", vf.qos());
        JsonValues.put(node, "vlanProtocol", vf.vlanProtocol());
        JsonValues.put(node, "txRateMbps", vf.txRate());
        JsonValues.put(node, "maxTxRateMbps", vf.maxTxRate());
        JsonValues.put(node, "minTxRateMbps", vf.minTxRate());
        JsonValues.put(node, "spoofCheck", vf.spoofCheck());
        JsonValues.put(node, "trust", vf.trust());
        JsonValues.put(node, "linkState", vf.linkState());
        JsonValues.put(node, "queryRss", vf.queryRss());
        JsonValues.put(node, "iommuGroup", vf.iommuGroup());
        if (vf.stats().isKnown()) {
            VfStats stats = vf.stats().value();
            ObjectNode statsNode = node.putObject("stats");
            JsonValues.put(statsNode, "rxBytes", stats.rxBytes());
            JsonValues.put(statsNode, "rxPackets", stats.rxPackets());
            JsonValues.put(statsNode, "rxMulticast", stats.rxMulticast());
            JsonValues.put(statsNode, "rxBroadcast", stats.rxBroadcast());
            JsonValues.put(statsNode, "rxDropped", stats.rxDropped());
            JsonValues.put(statsNode, "txBytes", stats.txBytes());
            JsonValues.put(statsNode, "txPackets", stats.txPackets());
            JsonValues.put(statsNode, "txDropped", stats.txDropped());
        } else {
            node.put("stats", JsonValues.UNKNOWN);
        }
        return node;
    }
}
