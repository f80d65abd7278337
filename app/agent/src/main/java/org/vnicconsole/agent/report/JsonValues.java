package org.vnicconsole.agent.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vnicconsole.agent.inventory.Known;

/**
 * Puts {@link Known} values into JSON objects: the value with its JSON type when known, the
 * string {@code "unknown"} when not, and {@code null} for "read, and there is none". Stateless.
 */
final class JsonValues {

    static final String UNKNOWN = Known.UNKNOWN;

    private JsonValues() {
    }

    static void put(ObjectNode node, String field, Known<?> value) {
        put(node, field, value, value.isKnown());
    }

    /** Like {@link #put(ObjectNode, String, Known)}, writing null when read but empty. */
    static void put(ObjectNode node, String field, Known<?> value, boolean read) {
        Object raw = value.value();
        if (raw == null) {
            if (read) {
                node.putNull(field);
            } else {
                node.put(field, UNKNOWN);
            }
        } else if (raw instanceof Boolean flag) {
            node.put(field, flag);
        } else if (raw instanceof Integer number) {
            node.put(field, number);
        } else if (raw instanceof Long number) {
            node.put(field, number);
        } else {
            node.put(field, raw.toString());
        }
    }

    static void putList(ObjectNode node, String field, Known<List<String>> values) {
        if (!values.isKnown()) {
            node.put(field, UNKNOWN);
            return;
        }
        ArrayNode array = node.putArray(field);
        values.value().forEach(array::add);
    }
}
