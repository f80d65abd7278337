package org.vnicconsole.agent.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.ConfigFile;

/**
 * Reads the device entries of a netplan file by indentation: under {@code ethernets:} (and the
 * other device-type keys) each id, its {@code match:} keys ({@code macaddress}, {@code name},
 * {@code driver}, block or one-line flow form) and its {@code set-name}. An entry without
 * {@code match} configures the device named by its id. Stateless.
 */
final class NetplanEntries {

    private static final Pattern KEY = Pattern.compile("^(\\s*)([\\w.*\\-\"']+):\\s*(.*)$");
    private static final List<String> DEVICE_TYPES =
            List.of("ethernets", "bonds", "bridges", "vlans", "wifis");

    private NetplanEntries() {
    }

    static List<ConfigEntry> parse(ConfigFile file) {
        List<ConfigEntry> entries = new ArrayList<>();
        int typeIndent = -1;
        int entryIndent = -1;
        Entry current = null;
        for (String raw : file.content().split("\\R")) {
            String line = stripComment(raw);
            Matcher key = KEY.matcher(line);
            if (!key.matches()) {
                continue;
            }
            int indent = key.group(1).length();
            String name = unquote(key.group(2));
            String value = key.group(3).trim();
            if (DEVICE_TYPES.contains(name)) {
                typeIndent = indent;
                entryIndent = -1;
                current = finish(file, current, entries);
                continue;
            }
            if (typeIndent < 0 || indent <= typeIndent) {
                typeIndent = indent <= typeIndent ? -1 : typeIndent;
                current = finish(file, current, entries);
                continue;
            }
            if (entryIndent < 0 || indent <= entryIndent) {
                entryIndent = indent;
                current = finish(file, current, entries);
                current = new Entry(name);
                continue;
            }
            current.read(indent, name, value);
        }
        finish(file, current, entries);
        return entries;
    }

    private static Entry finish(ConfigFile file, Entry entry, List<ConfigEntry> entries) {
        if (entry != null) {
            entries.add(entry.toConfigEntry(file.path()));
        }
        return null;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        String withoutComment = hash >= 0 ? line.substring(0, hash) : line;
        return withoutComment.trim().startsWith("#") ? "" : withoutComment;
    }

    static String unquote(String text) {
        return text.replaceAll("^[\"']|[\"']$", "");
    }

    /** An entry being read. */
    private static final class Entry {

        private final String id;
        private int matchIndent = -1;
        private final List<String> names = new ArrayList<>();
        private final List<String> macs = new ArrayList<>();
        private final List<String> drivers = new ArrayList<>();
        private String setName;

        Entry(String id) {
            this.id = id;
        }

        void read(int indent, String key, String value) {
            if (matchIndent >= 0 && indent <= matchIndent) {
                matchIndent = -1;
            }
            if ("match".equals(key)) {
                matchIndent = indent;
                if (value.startsWith("{")) {
                    readFlow(value);
                }
                return;
            }
            if ("set-name".equals(key)) {
                setName = unquote(value);
            } else if (matchIndent >= 0) {
                readMatchKey(key, unquote(value));
            }
        }

        private void readFlow(String flow) {
            for (String part : flow.replaceAll("[{}]", "").split(",")) {
                int colon = part.indexOf(':');
                if (colon > 0) {
                    readMatchKey(part.substring(0, colon).trim(),
                            unquote(part.substring(colon + 1).trim()));
                }
            }
        }

        private void readMatchKey(String key, String value) {
            switch (key) {
                case "macaddress" -> macs.addAll(ConfigFileParser.macsIn(value));
                case "name" -> names.add(value);
                case "driver" -> drivers.add(value);
                default -> { }
            }
        }

        ConfigEntry toConfigEntry(String path) {
            boolean hasMatch = !macs.isEmpty() || !names.isEmpty() || !drivers.isEmpty();
            List<String> selected = hasMatch ? names : List.of(id);
            String label = "netplan id " + id + (setName == null ? "" : " (set-name " + setName
                    + ")");
            return new ConfigEntry(path, label, selected, macs, drivers, false);
        }
    }
}
