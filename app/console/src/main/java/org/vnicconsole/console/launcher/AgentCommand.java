package org.vnicconsole.console.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.Agent;
import org.vnicconsole.agent.capture.SnapshotCapturer;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.iproute.CommandIprouteSource;
import org.vnicconsole.agent.iproute.SnapshotIprouteSource;
import org.vnicconsole.agent.report.HostInventoryDocument;
import org.vnicconsole.agent.report.HostInventoryDocument.HostFacts;
import org.vnicconsole.agent.report.InventoryPoster;
import org.vnicconsole.agent.report.JsonReportWriter;
import org.vnicconsole.agent.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.vnicconsole.control.api.Role;
import org.vnicconsole.control.auth.AccessKey;
import org.vnicconsole.control.auth.CredentialsStore;
import org.vnicconsole.control.auth.UserDirectories;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vnic-console agent}: inspects this machine, a captured snapshot or pasted diagnostics
 * and prints what it found; it never changes the machine. Runs on the calling thread.
 */
@Command(
        name = "agent",
        mixinStandardHelpOptions = true,
        description = {
            "Reads this machine's SR-IOV adapters, VF pools and failover triplets (read-only).",
            "Exit codes: 0 no findings (info notes aside), 1 findings, 2 usage error,",
            "3 could not read the input, 4 could not write the snapshot or send the report."})
public final class AgentCommand implements Callable<Integer> {

    /** Exit code: nothing at warning or error severity. */
    public static final int NO_FINDINGS = 0;
    /** Exit code: at least one warning or error. */
    public static final int FINDINGS = 1;
    /** Exit code: the input could not be read. */
    public static final int UNREADABLE = 3;
    /** Exit code: the snapshot could not be written or the report not sent. */
    public static final int OUTPUT_FAILED = 4;

    private static final Logger LOG = LoggerFactory.getLogger(AgentCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the JSON document (docs/agent.md).")
    private boolean json;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Read a captured snapshot instead of the live machine.")
    private Path root;

    @Option(names = "--capture", paramLabel = "DIR",
            description = "Write a snapshot of the live machine (or of --root) to DIR.")
    private Path capture;

    @Option(names = "--text", paramLabel = "FILE",
            description = "Analyse pasted diagnostics from FILE ('-' for standard input).")
    private String text;

    @Option(names = "--report", paramLabel = "URL",
            description = "Send the host's adapter inventory to the operator service at URL, "
                    + "for example http://127.0.0.1:8765/api/v2/operator (RegisterHostInventory; "
                    + "key from VNIC_OPERATOR_KEY_ID and VNIC_OPERATOR_KEY_SECRET, else from "
                    + "the local credentials file).")
    private URI reportUrl;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "With --report, for a host the control plane does not know yet: its "
                    + "zone.")
    private String zoneId;

    @Option(names = "--vcpus", paramLabel = "N",
            description = "With --report, for a new host: the vCPUs it gives instances.")
    private Integer vcpus;

    @Option(names = "--memory-gib", paramLabel = "N",
            description = "With --report, for a new host: the memory it gives instances.")
    private Integer memoryGib;

    /** The environment; tests replace it. */
    Map<String, String> env = System.getenv();

    @Option(names = "--expect-vfs", paramLabel = "N",
            description = "How many VFs each SR-IOV PF should have enabled (fleet setting).")
    private Integer expectVfs;

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "The host name sent with --report (default: this machine's).")
    private String hostName;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (capture != null) {
            return capture(out, err);
        }
        AgentReport report;
        try {
            report = inspect();
        } catch (IOException e) {
            err.println("agent: cannot read " + text + ": " + e.getMessage());
            return UNREADABLE;
        }
        out.print(json ? new JsonReportWriter().write(report)
                : new TextReportWriter().write(report));
        out.flush();
        if (!report.readable()) {
            return UNREADABLE;
        }
        if (reportUrl != null && !sendReport(report, out, err)) {
            return OUTPUT_FAILED;
        }
        return report.hasProblems() ? FINDINGS : NO_FINDINGS;
    }

    private AgentReport inspect() throws IOException {
        OptionalInt expected = expectVfs == null ? OptionalInt.empty() : OptionalInt.of(expectVfs);
        Agent agent = new Agent(expected);
        if (text != null) {
            return agent.inspectText(text, readText());
        }
        if (root != null) {
            return agent.inspectMachine("snapshot", root, new SnapshotIprouteSource(root));
        }
        return agent.inspectMachine("live", Path.of("/"), new CommandIprouteSource());
    }

    private String readText() throws IOException {
        if ("-".equals(text)) {
            InputStream in = System.in;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(text), StandardCharsets.UTF_8);
    }

    private int capture(PrintWriter out, PrintWriter err) {
        Path source = root == null ? Path.of("/") : root;
        var iproute = root == null ? new CommandIprouteSource() : new SnapshotIprouteSource(root);
        try {
            int written = new SnapshotCapturer(source, iproute).capture(capture);
            out.println("agent: wrote " + written + " files and links to " + capture);
            return NO_FINDINGS;
        } catch (IOException e) {
            err.println("agent: cannot write the snapshot to " + capture + ": " + e);
            return OUTPUT_FAILED;
        }
    }

    private boolean sendReport(AgentReport report, PrintWriter out, PrintWriter err) {
        if (text != null) {
            err.println("agent: --report sends a host's inventory; pasted text is not a host");
            return false;
        }
        CredentialsStore credentials = new CredentialsStore(UserDirectories.configDir(env), env);
        boolean fromEnv = env.containsKey("VNIC_OPERATOR_KEY_ID")
                && env.containsKey("VNIC_OPERATOR_KEY_SECRET");
        if (!fromEnv && !Files.isRegularFile(credentials.file())) {
            err.println("agent: set VNIC_OPERATOR_KEY_ID and VNIC_OPERATOR_KEY_SECRET to sign "
                    + "the report (no credentials file at " + credentials.file() + ")");
            return false;
        }
        AccessKey key;
        try {
            key = fromEnv
                    ? new AccessKey(env.get("VNIC_OPERATOR_KEY_ID"),
                            env.get("VNIC_OPERATOR_KEY_SECRET"), Role.OPERATOR)
                    : credentials.loadOrCreate().operator();
        } catch (IOException | RuntimeException e) {
            err.println("agent: cannot read the operator key from " + credentials.file() + ": "
                    + e.getMessage());
            return false;
        }
        try {
            String body = new HostInventoryDocument().write(hostName(), Clock.systemUTC().instant(),
                    report, new HostFacts(zoneId, vcpus, memoryGib));
            InventoryPoster.Reply reply = new InventoryPoster(key.keyId(), key.secret(),
                    Clock.systemUTC()).post(reportUrl, body);
            if (reply.status() / 100 != 2) {
                err.println("agent: the operator service refused the report (HTTP "
                        + reply.status() + "): " + reply.body());
                return false;
            }
            out.println("agent: inventory sent to " + reportUrl + ": " + reply.body());
            return true;
        } catch (IOException e) {
            LOG.debug("report failed", e);
            err.println("agent: cannot send the report to " + reportUrl + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String hostName() {
        if (hostName != null) {
            return hostName;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
