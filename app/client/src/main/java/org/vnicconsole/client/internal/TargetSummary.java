package org.vnicconsole.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A one-line summary of what a request is about, for the activity log: its top-level fields
 * whose names end in {@code Id} or {@code Ids}, in request order, such as
 * {@code nicId=nic-1, instanceId=i-2}. Stateless.
 */
public final class TargetSummary {

    private static final int MAX_LENGTH = 120;

    private TargetSummary() {
    }

    /** The summary of a request written as a JSON tree; empty when it names no id. */
    public static String of(JsonNode request) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : request.properties()) {
            String name = field.getKey();
            if (name.endsWith("Id") || name.endsWith("Ids")) {
                parts.add(name + "=" + valueOf(field.getValue()));
            }
        }
        String summary = String.join(", ", parts);
        return summary.length() > MAX_LENGTH
                ? summary.substring(0, MAX_LENGTH - 3) + "..." : summary;
    }

    private static String valueOf(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return "[" + String.join(", ", items) + "]";
    }
}
