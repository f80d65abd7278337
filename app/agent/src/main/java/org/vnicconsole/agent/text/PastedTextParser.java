package org.vnicconsole.agent.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.facts.ConfigFile;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.iproute.IprouteJsonParser;

/**
 * Reads diagnostics as engineers paste them into tickets: the output of {@code ip link},
 * {@code ip -d link}, {@code ip -s -d link}, {@code ip -br link}, {@code ip addr},
 * {@code ifconfig}, {@code lspci}, {@code dmesg}, {@code nmcli dev}, {@code udevadm info},
 * {@code ethtool -S} and one-line {@code ip -j} JSON, mixed with shell prompts, command lines
 * and other output, which it skips.
 * Sections marked {@code === sysfs ===}, {@code === state ===}, {@code === trace ===} and
 * {@code === file: PATH ===} carry sysfs values, stated roles, log lines and configuration files.
 * One instance may parse many texts, one at a time.
 */
public final class PastedTextParser {

    private static final Logger LOG = LoggerFactory.getLogger(PastedTextParser.class);
    private static final Pattern SECTION =
            Pattern.compile("^===\\s*(\\w+)(?::\\s*(\\S+))?\\s*===\\s*$");
    private static final Pattern DOLLAR = Pattern.compile("^\\$\\s+(.*)$");
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:\\[[^\\]]*\\]|[\\w.-]+@[\\w.-]+(?::[^\\s#$]*)?)\\s*[#$]\\s*(.*)$");
    private static final Pattern ROOT_PROMPT = Pattern.compile(
            "^#\\s*((?:sudo\\s+)?(?:ip|ifconfig|lspci|ethtool|dmesg|nmcli|udevadm|cat|ls|echo|"
                    + "networkctl|grep)\\b.*)$");

    private final List<LineParser> parsers = List.of(
            new IpLinkTextParser(), new IfconfigTextParser(), new BriefTextParser(),
            new DmesgTextParser(), new LspciTextParser(), new ToolOutputParser());
    private final SnapshotSectionParser sections = new SnapshotSectionParser();

    /** The facts the text shows; never throws on odd input. */
    public MachineFacts parse(String text) {
        ParseState state = new ParseState();
        String section = null;
        String filePath = null;
        StringBuilder fileContent = new StringBuilder();
        int skipped = 0;
        for (String raw : text.split("\\R", -1)) {
            String line = raw.replace("\t", "    ");
            Matcher sectionHeader = SECTION.matcher(line.trim());
            boolean command = commandOf(line) != null;
            if (filePath != null && (sectionHeader.matches() || command)) {
                addFile(state.facts, filePath, fileContent);
                filePath = null;
            }
            if (sectionHeader.matches()) {
                section = sectionHeader.group(1);
                filePath = "file".equals(section) ? sectionHeader.group(2) : null;
                fileContent.setLength(0);
                state.newCommand("");
                continue;
            }
            if (filePath != null) {
                fileContent.append(raw).append('\n');
                continue;
            }
            if (command) {
                section = null;
                state.newCommand(commandOf(line));
                continue;
            }
            if (section != null && readSectionLine(section, line, state)) {
                continue;
            }
            if (!readLine(line, state)) {
                skipped++;
            }
        }
        if (filePath != null) {
            addFile(state.facts, filePath, fileContent);
        }
        new TextFactsLinker(state).link();
        LOG.debug("pasted text: {} devices, {} lines skipped", state.facts.links().size(), skipped);
        return state.facts;
    }

    private boolean readSectionLine(String section, String line, ParseState state) {
        switch (section) {
            case "sysfs" -> sections.sysfsLine(line, state);
            case "state" -> sections.stateLine(line, state);
            case "trace" -> DmesgTextParser.read(line.trim(), state);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean readLine(String line, ParseState state) {
        if (line.isBlank()) {
            state.link = null;
            state.tableHeader = null;
            return true;
        }
        if (line.startsWith("#")) {
            return true;
        }
        if (readJson(line.trim(), state)) {
            return true;
        }
        for (LineParser parser : parsers) {
            if (parser.accept(line, state)) {
                return true;
            }
        }
        return false;
    }

    /** One line of {@code ip -j} output (link, addr or route), as pasted from a terminal. */
    private static boolean readJson(String line, ParseState state) {
        if (!line.startsWith("[{") || !line.endsWith("}]")) {
            return false;
        }
        IprouteJsonParser json = new IprouteJsonParser();
        if (line.contains("\"addr_info\"")) {
            json.mergeLinks(line, state.facts);
            return json.mergeAddresses(line, state.facts);
        }
        if (line.contains("\"dst\"")) {
            return json.mergeRoutes(line, state.facts);
        }
        return json.mergeLinks(line, state.facts);
    }

    private static void addFile(MachineFacts facts, String path, StringBuilder content) {
        if (facts.configFiles == null) {
            facts.configFiles = new ArrayList<>();
        }
        facts.configFiles.add(new ConfigFile(path, content.toString()));
    }

    /** The command a prompt or {@code $} line runs, without a {@code # note}; else null. */
    static String commandOf(String line) {
        Matcher dollar = DOLLAR.matcher(line);
        Matcher prompt = PROMPT.matcher(line);
        Matcher rootPrompt = ROOT_PROMPT.matcher(line);
        String command = dollar.matches() ? dollar.group(1)
                : prompt.matches() ? prompt.group(1)
                : rootPrompt.matches() ? rootPrompt.group(1) : null;
        if (command == null) {
            return null;
        }
        int note = command.indexOf(" #");
        return (note >= 0 ? command.substring(0, note) : command).trim();
    }
}
