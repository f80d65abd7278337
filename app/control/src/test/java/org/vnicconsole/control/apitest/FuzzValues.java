package org.vnicconsole.control.apitest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Request bodies for the API fuzz test: each field gets either a plausible value for its name
 * (a real id of the small fleet, an address inside, outside or reserved in its subnet, a value
 * of its enum, a count near its bounds) or garbage of any JSON type. Plausible values reach the
 * services' checks; garbage reaches the wire layer's.
 */
final class FuzzValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Every field name the zec and operator actions read, and a few they never read. */
    static final List<String> FIELDS = List.of("nicId", "nicIds", "instanceId", "instanceIds",
            "subnetId", "subnetIds", "vpcId", "vpcIds", "eipId", "eipIds", "zoneId", "zoneIds",
            "regionId", "securityGroupId", "securityGroupIds", "targetHostId", "hostIds",
            "migrationId", "imageId", "ipAddress", "ipAddresses", "lanIp", "primaryIpv4",
            "ipv4Address", "privateIpAddress", "ipAddressCount", "amount", "instanceCount", "mtu",
            "pageSize", "pageNum", "rateLimitMbps", "vcpuTotal", "memoryGib", "name",
            "instanceName", "securityGroupName", "hostName", "cidrBlock", "stackType",
            "nicStackType", "ipStackType", "ipv6Type", "bindType", "eipBindType",
            "instanceType", "status", "nicType", "internetChargeType", "failAfterPhase",
            "dependResource", "sourceDestCheck", "withVfs", "enableIpForward", "enablePriIpv6",
            "physicalFunctions", "loadBalancerId", "scope", "unknownField");

    private static final List<String> ADDRESSES = List.of("10.1.1.2", "10.1.1.3", "10.1.1.0",
            "10.1.1.1", "10.1.1.255", "10.1.1.77", "10.1.2.9", "10.9.9.9", "10.1.1", "10.1.1.010",
            "300.1.1.1", "::1", "", " ", "10.1.1.5/32", "0x0a.1.1.1");
    private static final List<Long> NUMBERS = List.of(-2147483649L, -1L, 0L, 1L, 2L, 3L, 5L,
            16L, 29L, 30L, 31L, 100L, 101L, 1000L, 1001L, 1300L, 1500L, 4096L, 65536L,
            2147483647L, 2147483648L);
    private static final List<String> NAMES = List.of("ab", "web-1", "x", "a".repeat(63),
            "a".repeat(64), "b".repeat(5000), "bad name", "n\u00e4me", "", "-lead", "trail_",
            "null", "10.1.1.2");
    private static final List<String> CIDRS = List.of("10.1.7.0/24", "10.1.0.0/16",
            "10.200.0.0/16", "8.8.8.0/24", "10.1.1.0/33", "10.1.1.128/25", "fd00::/64", "cidr",
            "10.1.1.0/24");
    private static final Map<String, List<String>> ENUMS = Map.ofEntries(
            Map.entry("stackType", List.of("IPv4", "IPv4_IPv6", "IPv6", "ipv4")),
            Map.entry("nicStackType", List.of("IPv4", "IPv4_IPv6", "IPv6")),
            Map.entry("ipStackType", List.of("IPv4", "IPv4_IPv6", "IPv6")),
            Map.entry("ipv6Type", List.of("Private", "Public", "Secret")),
            Map.entry("bindType", List.of("FullNat", "Passthrough", "Tunnel")),
            Map.entry("eipBindType", List.of("FullNat", "Passthrough", "")),
            Map.entry("instanceType", List.of("z2a.cpu.1", "z2a.cpu.4", "z2a.cpu.16",
                    "z2a.cpu.64", "z4i.cpu.2", "z2a.cpu.3", "z9z.cpu.1", "cpu")),
            Map.entry("status", List.of("USED", "AVAILABLE", "RUNNING", "BINDED", "??")),
            Map.entry("nicType", List.of("Primary", "Secondary", "Tertiary")),
            Map.entry("internetChargeType", List.of("ByBandwidth", "ByTrafficPackage", "Free")),
            Map.entry("failAfterPhase", List.of("VF_ACTIVE", "HOST_SWITCHED", "VF_PLUGGED",
                    "ROLLED_BACK", "NEVER")),
            Map.entry("scope", List.of("Global", "Local")));

    private FuzzValues() {
    }

    /** A body: up to eight fields, each plausible or garbage. */
    static Arbitrary<ObjectNode> bodies(Map<String, List<String>> ids) {
        Arbitrary<Map.Entry<String, JsonNode>> field = Arbitraries.of(FIELDS).flatMap(name ->
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, plausible(name, ids)),
                        net.jqwik.api.Tuple.of(1, garbage()))
                        .map(value -> Map.entry(name, value)));
        return field.list().ofMaxSize(8).map(entries -> {
            ObjectNode body = JSON.objectNode();
            entries.forEach(entry -> body.set(entry.getKey(), entry.getValue()));
            return body;
        });
    }

    private static Arbitrary<JsonNode> plausible(String name, Map<String, List<String>> ids) {
        List<String> known = ids.get(idKind(name));
        if (known != null) {
            Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of(known),
                    Arbitraries.of("nic-nope", "i-nope", "", "x".repeat(300)));
            return name.endsWith("Ids") ? id.list().ofMaxSize(4).map(FuzzValues::array)
                    : id.map(JSON::textNode);
        }
        if (ENUMS.containsKey(name)) {
            return Arbitraries.of(ENUMS.get(name)).map(JSON::textNode);
        }
        return switch (name) {
            case "ipAddress", "lanIp", "primaryIpv4", "ipv4Address", "privateIpAddress" ->
                    Arbitraries.of(ADDRESSES).map(JSON::textNode);
            case "ipAddresses" -> Arbitraries.of(ADDRESSES).list().ofMaxSize(5)
                    .map(FuzzValues::array);
            case "ipAddressCount", "amount", "instanceCount", "mtu", "pageSize", "pageNum",
                    "rateLimitMbps", "vcpuTotal", "memoryGib" ->
                    Arbitraries.of(NUMBERS).map(JSON::numberNode);
            case "name", "instanceName", "securityGroupName", "hostName" ->
                    Arbitraries.of(NAMES).map(JSON::textNode);
            case "cidrBlock" -> Arbitraries.of(CIDRS).map(JSON::textNode);
            case "physicalFunctions" -> physicalFunctions();
            default -> Arbitraries.of(true, false).map(JSON::booleanNode);
        };
    }

    private static String idKind(String name) {
        String base = name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
        return base.equals("targetHostId") || base.equals("hostId") ? "hostId" : base;
    }

    private static Arbitrary<JsonNode> physicalFunctions() {
        Arbitrary<JsonNode> pf = Arbitraries.of(0, 2, 8, -1, 5000).flatMap(vfs ->
                Arbitraries.of("0000:3b:00.0", "0000:5e:00.1", "unknown", "").map(pci -> {
                    ObjectNode node = JSON.objectNode();
                    node.put("name", "ens1f0");
                    node.put("pciAddress", pci);
                    node.put("totalVfs", vfs);
                    return node;
                }));
        return pf.list().ofMaxSize(3).map(list -> {
            ArrayNode array = JSON.arrayNode();
            list.forEach(array::add);
            return array;
        });
    }

    /** Any JSON value: wrong types, huge and fractional numbers, deep or odd structures. */
    static Arbitrary<JsonNode> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.just(JSON.nullNode()),
                Arbitraries.of(true, false).map(JSON::booleanNode),
                Arbitraries.longs().map(JSON::numberNode),
                Arbitraries.of(new BigInteger("9".repeat(40)), new BigInteger("-" + "9".repeat(99)))
                        .map(JSON::numberNode),
                Arbitraries.of(1.5, -0.0, 3.0, 1e300).map(JSON::numberNode),
                Arbitraries.just(JSON.numberNode(new BigDecimal("1e400"))),
                Arbitraries.strings().ofMaxLength(40).map(JSON::textNode),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(3000).map(JSON::textNode),
                Arbitraries.strings().ofMaxLength(8).list().ofMaxSize(3).map(FuzzValues::array),
                Arbitraries.just(nested(40)),
                Arbitraries.just(JSON.objectNode().put("a", 1)));
    }

    private static JsonNode nested(int depth) {
        JsonNode node = JSON.textNode("deep");
        for (int level = 0; level < depth; level++) {
            node = JSON.arrayNode().add(node);
        }
        return node;
    }

    private static JsonNode array(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        new ArrayList<>(values).forEach(array::add);
        return array;
    }
}
