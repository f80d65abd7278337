package org.vnicconsole.agent.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnicconsole.agent.facts.ConfigFile;

/**
 * Reduces netplan, systemd-networkd, NetworkManager keyfile, ifupdown and udev rule files to
 * {@link ConfigEntry} values: which names, MACs and drivers each entry selects. It reads the
 * common forms line by line, not the full grammars: netplan anchors, aliases and multi-line flow
 * mappings are not understood. Stateless.
 */
final class ConfigFileParser {

    private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5})");
    private static final Pattern UDEV_DRIVERS = Pattern.compile("DRIVERS==\"([^\"]*)\"");

    private ConfigFileParser() {
    }

    static List<ConfigEntry> parse(ConfigFile file) {
        String path = file.path();
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return NetplanEntries.parse(file);
        }
        if (path.endsWith(".network") || path.endsWith(".nmconnection")) {
            return List.of(iniEntry(file));
        }
        if (path.endsWith(".rules")) {
            return udevEntries(file);
        }
        if (path.contains("/network/interfaces")) {
            return ifupdownEntries(file);
        }
        return List.of();
    }

    private static ConfigEntry iniEntry(ConfigFile file) {
        List<String> names = new ArrayList<>();
        List<String> macs = new ArrayList<>();
        List<String> drivers = new ArrayList<>();
        boolean unmanaged = false;
        String section = "";
        for (String raw : file.content().split("\\R")) {
            String line = raw.trim();
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line;
                continue;
            }
            int equals = line.indexOf('=');
            if (line.startsWith("#") || line.startsWith(";") || equals < 0) {
                continue;
            }
            String key = line.substring(0, equals).trim();
            String value = line.substring(equals + 1).trim();
            switch (section + key) {
                case "[Match]Name", "[connection]interface-name" -> names.addAll(words(value));
                case "[Match]MACAddress", "[Match]PermanentMACAddress", "[ethernet]mac-address" ->
                        macs.addAll(macsIn(value));
                case "[Match]Driver" -> drivers.addAll(words(value));
                case "[Link]Unmanaged" -> unmanaged = isYes(value);
                default -> { }
            }
        }
        return new ConfigEntry(file.path(), file.path(), names, macs, drivers, unmanaged);
    }

    private static List<ConfigEntry> udevEntries(ConfigFile file) {
        List<ConfigEntry> entries = new ArrayList<>();
        for (String raw : file.content().split("\\R")) {
            String line = raw.trim();
            if (line.startsWith("#") || !line.contains("NM_UNMANAGED}=\"1\"")) {
                continue;
            }
            Matcher drivers = UDEV_DRIVERS.matcher(line);
            List<String> driverList = drivers.find()
                    ? List.of(drivers.group(1).split("\\|")) : List.of();
            entries.add(new ConfigEntry(file.path(), line, List.of(), List.of(), driverList,
                    true));
        }
        return entries;
    }

    private static List<ConfigEntry> ifupdownEntries(ConfigFile file) {
        List<ConfigEntry> entries = new ArrayList<>();
        for (String raw : file.content().split("\\R")) {
            List<String> words = words(raw.trim());
            if (words.size() >= 2 && List.of("iface", "auto", "allow-hotplug").contains(
                    words.get(0))) {
                List<String> names = "iface".equals(words.get(0))
                        ? List.of(words.get(1)) : words.subList(1, words.size());
                entries.add(new ConfigEntry(file.path(), raw.trim(), names, List.of(), List.of(),
                        false));
            }
        }
        return entries;
    }

    static List<String> macsIn(String text) {
        List<String> macs = new ArrayList<>();
        Matcher matcher = MAC.matcher(text);
        while (matcher.find()) {
            macs.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return macs;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s,;]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isYes(String value) {
        return List.of("yes", "true", "1", "on").contains(value.toLowerCase(Locale.ROOT));
    }
}
