package org.vnicconsole.agent.findings;

import java.util.List;
import org.vnicconsole.agent.inventory.Finding;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.model.rules.RuleId;

/**
 * The findings catalogue: every finding the agent can report, with its severity, the rule it
 * cites and the fix in one sentence. docs/agent.md lists the same table. Immutable.
 */
public enum FindingKind {
    SLAVE_ADDRESS(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Remove the address from the slave and configure it on the failover master (or the "
                    + "hv_netvsc device) only."),
    SLAVE_LINK_LOCAL(Severity.INFO, RuleId.CONFIGURE_MASTER,
            "Nothing to do unless something binds to it; set addr_gen_mode to none on the slave "
                    + "to stop the kernel adding it."),
    SLAVE_ROUTE(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Delete the route from the slave and add it with the master as its device."),
    SLAVE_DEFAULT_ROUTE(Severity.ERROR, RuleId.CONFIGURE_MASTER,
            "Move the default route to the master; it breaks when the slave is unplugged."),
    SLAVE_UP_WITHOUT_MASTER(Severity.WARNING, RuleId.FAILOVER_TRIPLET,
            "Bring the device down and let the failover master (or hv_netvsc) enslave it; "
                    + "check that no network manager raised it on its own."),
    STANDBY_WITHOUT_MASTER(Severity.INFO, RuleId.FAILOVER_TRIPLET,
            "Check that the virtio device negotiated STANDBY and that net_failover is loaded."),
    TRIPLET_MISSING_PRIMARY(Severity.WARNING, RuleId.MIGRATION_PATH,
            "If no migration is running, re-attach the VF (failover_pair_id) so the fast path "
                    + "returns."),
    TRIPLET_MISSING_STANDBY(Severity.WARNING, RuleId.FAILOVER_TRIPLET,
            "Give the guest its virtio standby (failover=on) so traffic survives the VF's "
                    + "unplug during migration."),
    TRIPLET_MISSING_SLAVE(Severity.WARNING, RuleId.FAILOVER_TRIPLET,
            "Check which slave is missing (ls /sys/class/net/MASTER/lower_*) and re-attach it."),
    CONFIG_MATCHES_SHARED_MAC(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Match the master by name (for netplan: match: {name: MASTER}, no macaddress, no "
                    + "set-name), since the MAC also matches the slaves."),
    CONFIG_NAMES_SLAVE(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Remove the configuration for the slave, or mark it unmanaged, and configure the "
                    + "master instead."),
    NM_ACTIVE_ON_SLAVE(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Mark the VF unmanaged (udev NM_UNMANAGED=1 or unmanaged-devices) and deactivate "
                    + "the connection on it."),
    NM_UNMANAGED_IGNORED(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Make the unmanaged marking take effect: reload udev rules and restart "
                    + "NetworkManager, or add the device to unmanaged-devices in "
                    + "NetworkManager.conf."),
    VF_EXCLUSION_PRESENT(Severity.INFO, RuleId.CONFIGURE_MASTER,
            "Nothing to do; keep it when changing images."),
    VF_EXCLUSION_GAP(Severity.WARNING, RuleId.CONFIGURE_MASTER,
            "Add the VF's driver to the exclusion (for example Driver=... mana) so the manager "
                    + "leaves the VF alone."),
    VF_SPOOFCHECK_OFF(Severity.INFO, RuleId.PF_PRIVATE,
            "Turn spoof checking on (ip link set PF vf N spoofchk on) unless the VF's workload "
                    + "needs to send with other MACs."),
    VF_TRUST_ON(Severity.INFO, RuleId.PF_PRIVATE,
            "Turn trust off (ip link set PF vf N trust off) unless the guest must change its MAC "
                    + "or use promiscuous modes."),
    VF_DUPLICATE_MAC(Severity.WARNING, RuleId.MAC_UNIQUE,
            "Give each VF its own administrative MAC (ip link set PF vf N mac MAC)."),
    VF_LIST_TRUNCATED(Severity.WARNING, RuleId.HOST_VF,
            "Trust the sysfs count; read VF attributes per VF, since the kernel's VF list "
                    + "overflows above about 220 VFs."),
    PF_FEWER_VFS(Severity.WARNING, RuleId.HOST_VF,
            "Enable the expected number of VFs: echo 0, then echo N, to "
                    + "/sys/class/net/PF/device/sriov_numvfs.");

    private final Severity severity;
    private final RuleId rule;
    private final String fix;

    FindingKind(Severity severity, RuleId rule, String fix) {
        this.severity = severity;
        this.rule = rule;
        this.fix = fix;
    }

    public Severity severity() {
        return severity;
    }

    public RuleId rule() {
        return rule;
    }

    public String fix() {
        return fix;
    }

    /** A finding of this kind about these devices. */
    public Finding of(List<String> devices, String message) {
        return new Finding(name(), severity, rule, devices, message, fix);
    }

    /** A finding of this kind with a severity other than the usual. */
    public Finding of(Severity otherSeverity, List<String> devices, String message) {
        return new Finding(name(), otherSeverity, rule, devices, message, fix);
    }
}
