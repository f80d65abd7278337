package org.vnicconsole.agent;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.agent.configfiles.ConfigFileReader;
import org.vnicconsole.agent.facts.MachineFacts;
import org.vnicconsole.agent.findings.FindingsEngine;
import org.vnicconsole.agent.inspect.Inspector;
import org.vnicconsole.agent.inventory.AgentReport;
import org.vnicconsole.agent.inventory.Inventory;
import org.vnicconsole.agent.iproute.IprouteJsonParser;
import org.vnicconsole.agent.iproute.IprouteSource;
import org.vnicconsole.agent.sysfs.SysfsReader;
import org.vnicconsole.agent.text.PastedTextParser;

/**
 * The agent's entry point: inspects a machine (live or a captured snapshot) or pasted diagnostics
 * and returns the report. It only reads. Stateless; each call may run on any thread.
 */
public final class Agent {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final OptionalInt expectedVfs;

    /**
     * @param expectedVfs how many VFs each SR-IOV PF should have enabled, when the fleet says so
     */
    public Agent(OptionalInt expectedVfs) {
        this.expectedVfs = expectedVfs;
    }

    /** Inspects the sysfs tree and configuration files under {@code root} and iproute2's JSON. */
    public AgentReport inspectMachine(String kind, Path root, IprouteSource iproute) {
        MachineFacts facts = new MachineFacts();
        boolean sysfs = new SysfsReader(root).read(facts);
        IprouteJsonParser parser = new IprouteJsonParser();
        boolean links = iproute.links().map(json -> parser.mergeLinks(json, facts)).orElse(false);
        if (!links) {
            facts.limitation("no iproute2 link output, so VF attributes (MAC, VLAN, rates, "
                    + "spoof checking, trust, link state) are unknown");
        }
        boolean addresses = iproute.addresses().map(json -> parser.mergeAddresses(json, facts))
                .orElse(false);
        if (!addresses) {
            facts.limitation("no iproute2 address output, so addresses on slaves could not be "
                    + "checked");
        }
        boolean routes = iproute.routes().map(json -> parser.mergeRoutes(json, facts))
                .orElse(false);
        iproute.routes6().ifPresent(json -> parser.mergeRoutes(json, facts));
        if (!routes) {
            facts.limitation("no iproute2 route output, so routes on slaves could not be checked");
        }
        new ConfigFileReader(root).read(facts);
        facts.readable = sysfs || links;
        LOG.debug("inspected {} at {}", kind, root);
        return report(kind, root.toString(), facts);
    }

    /** Analyses pasted diagnostics as far as they allow. */
    public AgentReport inspectText(String location, String text) {
        MachineFacts facts = new PastedTextParser().parse(text);
        return report("text", location, facts);
    }

    private AgentReport report(String kind, String location, MachineFacts facts) {
        Inventory inventory = new Inspector().inspect(facts);
        var findings = new FindingsEngine().findings(facts, inventory, expectedVfs);
        return new AgentReport(kind, location, inventory, findings, facts.limitations(),
                facts.readable);
    }
}
