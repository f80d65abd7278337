package org.vnicconsole.agent.iproute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.facts.LinkFacts;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.inventory.IpAddress;
import org.vnicconsole.agent.inventory.LinkStats;
import org.vnicconsole.agent.inventory.Route;

/**
 * Parses iproute2's JSON ({@code ip -j -d link}, {@code ip -j addr}, {@code ip -j route}) into
 * machine facts, both the older ({@code mac}) and newer ({@code address}, {@code vlan_list})
 * spellings of the VF list. Values sysfs already gave are kept; JSON fills the rest. Stateless;
 * safe from any thread.
 */
public final class IprouteJsonParser {

    private static final Logger LOG = LoggerFactory.getLogger(IprouteJsonParser.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Adds the devices of {@code ip -j -d link show}; false when the JSON is unusable. */
    public boolean mergeLinks(String json, MachineFacts facts) {
        JsonNode array = parse(json, "link", facts);
        if (array == null) {
            return false;
        }
        for (JsonNode node : array) {
            String name = node.path("ifname").asText(null);
            if (name != null) {
                mergeLink(node, facts.link(name));
            }
        }
        return true;
    }

    /** Adds the addresses of {@code ip -j addr show}. */
    public boolean mergeAddresses(String json, MachineFacts facts) {
        JsonNode array = parse(json, "addr", facts);
        if (array == null) {
            return false;
        }
        for (JsonNode node : array) {
            String name = node.path("ifname").asText(null);
            if (name == null) {
                continue;
            }
            List<IpAddress> addresses = new ArrayList<>();
            for (JsonNode info : node.path("addr_info")) {
                String local = info.path("local").asText(null);
                if (local != null) {
                    addresses.add(new IpAddress(info.path("family").asText("unknown"),
                            local + "/" + info.path("prefixlen").asText("?"),
                            info.path("scope").asText("unknown"),
                            info.path("dynamic").asBoolean(false)));
                }
            }
            LinkFacts link = facts.link(name);
            link.addresses = addresses;
            if (link.mac == null) {
                link.mac = node.path("address").asText(null);
            }
        }
        facts.addressesShown = true;
        return true;
    }

    /** Adds the routes of {@code ip -j route show} (either family). */
    public boolean mergeRoutes(String json, MachineFacts facts) {
        JsonNode array = parse(json, "route", facts);
        if (array == null) {
            return false;
        }
        if (facts.routes == null) {
            facts.routes = new ArrayList<>();
        }
        for (JsonNode node : array) {
            String device = node.path("dev").asText(null);
            if (device != null) {
                facts.routes.add(new Route(node.path("dst").asText("unknown"), device,
                        node.path("gateway").asText(null)));
            }
        }
        return true;
    }

    private static JsonNode parse(String json, String what, MachineFacts facts) {
        try {
            JsonNode array = MAPPER.readTree(json);
            if (array != null && array.isArray()) {
                return array;
            }
        } catch (JsonProcessingException e) {
            LOG.debug("iproute2 {} JSON does not parse: {}", what, e.getOriginalMessage());
        }
        facts.limitation("iproute2 " + what + " output is not the JSON array iproute2 writes");
        return null;
    }

    private static void mergeLink(JsonNode node, LinkFacts link) {
        link.ifindex = firstNonNull(link.ifindex, intOrNull(node, "ifindex"));
        link.flags = firstNonNull(link.flags, strings(node.path("flags")));
        link.mtu = firstNonNull(link.mtu, intOrNull(node, "mtu"));
        link.maxMtu = firstNonNull(link.maxMtu, intOrNull(node, "max_mtu"));
        link.qdisc = firstNonNull(link.qdisc, textOrNull(node, "qdisc"));
        link.operState = firstNonNull(link.operState, textOrNull(node, "operstate"));
        String master = textOrNull(node, "master");
        if (link.master == null || link.master.isEmpty()) {
            link.master = master == null ? "" : master;
        }
        if (link.mac == null) {
            link.mac = textOrNull(node, "address");
        }
        JsonNode linkInfo = node.path("linkinfo");
        boolean detailed = node.has("linkinfo") || node.has("num_tx_queues");
        if (detailed) {
            link.kind = firstNonNull(link.kind, linkInfo.path("info_kind").asText(""));
            link.slaveKind = firstNonNull(link.slaveKind,
                    linkInfo.path("info_slave_kind").asText(""));
        }
        link.promiscuity = firstNonNull(link.promiscuity, intOrNull(node, "promiscuity"));
        link.numTxQueues = firstNonNull(link.numTxQueues, intOrNull(node, "num_tx_queues"));
        link.numRxQueues = firstNonNull(link.numRxQueues, intOrNull(node, "num_rx_queues"));
        link.alias = firstNonNull(link.alias, textOrNull(node, "ifalias"));
        if ("pci".equals(textOrNull(node, "parentbus"))) {
            link.pciAddress = firstNonNull(link.pciAddress, textOrNull(node, "parentdev"));
        }
        for (JsonNode altname : node.path("altnames")) {
            if (!link.altnames.contains(altname.asText())) {
                link.altnames.add(altname.asText());
            }
        }
        if (node.has("stats64") || node.has("stats")) {
            link.stats = linkStats(node.has("stats64") ? node.get("stats64") : node.get("stats"));
        }
        if (node.has("vfinfo_list")) {
            link.vfs = new ArrayList<>();
            for (JsonNode vf : node.path("vfinfo_list")) {
                link.vfs.add(VfJson.parse(vf));
            }
        }
    }

    private static LinkStats linkStats(JsonNode stats) {
        return new LinkStats(
                VfJson.known(stats.path("rx"), "bytes"), VfJson.known(stats.path("rx"), "packets"),
                VfJson.known(stats.path("tx"), "bytes"), VfJson.known(stats.path("tx"), "packets"));
    }

    static Integer intOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() ? value.asInt() : null;
    }

    static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
