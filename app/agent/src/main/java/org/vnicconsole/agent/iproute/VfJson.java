package org.vnicconsole.agent.iproute;

import com.fasterxml.jackson.databind.JsonNode;
import org.vnicconsole.agent.facts.VfFacts;
import org.vnicconsole.agent.inventory.Known;
import org.vnicconsole.agent.inventory.VfStats;

/**
 * One entry of {@code vfinfo_list} in iproute2's JSON, in the key spellings of old and new
 * iproute2 releases. iproute2 leaves out a VLAN or rate that is zero, so their absence means 0;
 * spoof checking, trust and query_rss are left out when the driver does not report them, so
 * their absence means unknown. Stateless.
 */
final class VfJson {

    private VfJson() {
    }

    static VfFacts parse(JsonNode node) {
        VfFacts vf = new VfFacts(node.path("vf").asInt(-1));
        vf.mac = node.has("address") ? node.get("address").asText() : textOrNull(node, "mac");
        JsonNode vlanList = node.path("vlan_list");
        if (vlanList.isArray() && vlanList.size() > 0) {
            JsonNode first = vlanList.get(0);
            vf.vlan = IprouteJsonParser.intOrNull(first, "vlan");
            vf.qos = IprouteJsonParser.intOrNull(first, "qos");
            vf.vlanProtocol = textOrNull(first, "protocol");
        } else if (node.has("vlan")) {
            vf.vlan = IprouteJsonParser.intOrNull(node, "vlan");
            vf.qos = IprouteJsonParser.intOrNull(node, "qos");
        } else {
            vf.vlan = 0;
        }
        vf.txRate = longOrZero(node, "tx_rate");
        JsonNode rate = node.path("rate");
        vf.maxTxRate = longOrZero(rate, "max_tx");
        vf.minTxRate = longOrZero(rate, "min_tx");
        vf.spoofCheck = booleanOrNull(node, "spoofchk");
        vf.trust = booleanOrNull(node, "trust");
        vf.queryRss = booleanOrNull(node, "query_rss_en");
        vf.linkState = textOrNull(node, "link_state");
        if (node.has("stats")) {
            JsonNode stats = node.get("stats");
            JsonNode rx = stats.has("rx") ? stats.get("rx") : stats;
            JsonNode tx = stats.has("tx") ? stats.get("tx") : stats;
            vf.stats = new VfStats(known(rx, "bytes"), known(rx, "packets"),
                    known(rx, "multicast"), known(rx, "broadcast"), known(rx, "dropped"),
                    known(tx, "bytes"), known(tx, "packets"), known(tx, "dropped"));
        }
        return vf;
    }

    static Known<Long> known(JsonNode node, String field) {
        return Known.of(longOrNull(node, field));
    }

    private static Long longOrZero(JsonNode node, String field) {
        Long value = longOrNull(node, field);
        return value == null ? 0L : value;
    }

    private static Long longOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    private static Boolean booleanOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isBoolean() ? value.asBoolean() : "on".equals(value.asText());
    }

    private static String textOrNull(JsonNode node, String field) {
        return IprouteJsonParser.textOrNull(node, field);
    }
}
