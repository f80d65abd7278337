package org.vnicconsole.console.actions;

import java.util.List;
import java.util.Optional;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.shell.MainViewModel;
import org.vnicconsole.console.shell.Notice;
import org.vnicconsole.console.shell.RefusalText;
import org.vnicconsole.model.check.Verdict;
import org.vnicconsole.model.check.VnicChecks;

/**
 * The actions on the fleet as verb methods, whatever invoked them (menu, context menu, toolbar,
 * keyboard). Each one checks the rules first with the model's shared checks; a predicted refusal
 * is explained in words with its rule id and sent only if the user insists, so the server's
 * verdict is the one shown when the two disagree. Sending, progress and refresh go through
 * {@link MainViewModel#runAction}. Holds no Node; use on the UI thread.
 */
public final class ActionsViewModel {

    private final MainViewModel main;
    private final Prompter prompter;

    /** Actions on {@code main}'s fleet, asking through {@code prompter}. */
    public ActionsViewModel(MainViewModel main, Prompter prompter) {
        this.main = main;
        this.prompter = prompter;
    }

    /** Creates an elastic vNIC in a subnet and selects it once created. */
    public void createVnic(String subnetId, String name, String securityGroupId) {
        main.runAction("Create vNIC " + name, gateway -> gateway.createVnic(subnetId, name,
                securityGroupId), nicId -> main.selectedProperty().set(
                        new NodeRef(NodeKind.VNIC, nicId)));
    }

    /** Deletes a detached elastic vNIC after confirmation. */
    public void deleteVnic(String nicId) {
        if (!proceed("Delete vNIC " + nicId, ActionChecks.delete(index(), nicId))
                || !prompter.confirm("Delete vNIC", "Delete vNIC " + nicId + "? Its private "
                        + "IPs and MAC are released; its EIPs are unbound, not released.")) {
            return;
        }
        main.runAction("Delete vNIC " + nicId, gateway -> {
            gateway.deleteVnic(nicId);
            return null;
        }, done -> { });
    }

    /** Attaches a vNIC to an instance. */
    public void attach(String nicId, String instanceId) {
        String label = "Attach " + nicId + " to " + instanceId;
        if (proceed(label, ActionChecks.attach(index(), nicId, instanceId))) {
            main.runAction(label, gateway -> {
                gateway.attachVnic(nicId, instanceId);
                return null;
            }, done -> { });
        }
    }

    /** Detaches an elastic vNIC; it keeps its IPs, MAC and EIPs (ELASTIC-IDENTITY). */
    public void detach(String nicId) {
        String label = "Detach " + nicId;
        if (proceed(label, ActionChecks.detach(index(), nicId))) {
            main.runAction(label, gateway -> {
                gateway.detachVnic(nicId);
                return null;
            }, done -> { });
        }
    }

    /** Assigns {@code count} secondary IPv4s (platform picks) or the given addresses. */
    public void assignIpv4(String nicId, int count, List<String> addresses) {
        int adding = addresses.isEmpty() ? count : addresses.size();
        String label = "Assign " + adding + " IPv4 to " + nicId;
        if (proceed(label, ActionChecks.assignIpv4(index(), nicId, adding))) {
            main.runAction(label, gateway -> gateway.assignIpv4(nicId, count, addresses),
                    done -> { });
        }
    }

    /** Unassigns secondary IPv4s; the primary one cannot be removed (IPV4-PRIMARY). */
    public void unassignIpv4(String nicId, List<String> addresses) {
        String primary = index().nic(nicId).map(nic -> nic.primaryIpv4()).orElse(null);
        if (primary != null && addresses.contains(primary)) {
            main.noticeProperty().set(new Notice(Notice.Level.WARNING, "The primary IPv4 "
                    + primary + " cannot be removed [IPV4-PRIMARY]"));
            return;
        }
        main.runAction("Unassign " + String.join(", ", addresses) + " from " + nicId,
                gateway -> {
                    gateway.unassignIpv4(nicId, addresses);
                    return null;
                }, done -> { });
    }

    /** Enables IPv6 after a confirmation that says it is one-way (IPV6-ONE-WAY). */
    public void enableIpv6(String nicId) {
        String label = "Enable IPv6 on " + nicId;
        if (!proceed(label, ActionChecks.enableIpv6(index(), nicId))) {
            return;
        }
        if (!prompter.confirm("Enable IPv6 (one-way)", "Enable IPv6 on vNIC " + nicId
                + "?\n\nThis cannot be undone: IPv6 cannot be turned off on a vNIC once "
                + "enabled; the only way back is to replace the vNIC [IPV6-ONE-WAY].")) {
            return;
        }
        main.runAction(label, gateway -> {
            gateway.enableIpv6(nicId);
            return null;
        }, done -> { });
    }

    /** Asks to turn IPv6 off: always refused (IPV6-ONE-WAY); sent only if the user insists. */
    public void disableIpv6(String nicId) {
        String label = "Disable IPv6 on " + nicId;
        if (proceed(label, VnicChecks.disableIpv6(nicId))) {
            main.runAction(label, gateway -> {
                gateway.disableIpv6(nicId);
                return null;
            }, done -> { });
        }
    }

    /** Binds an EIP to a private IPv4 of a vNIC, {@code FullNat} or {@code Passthrough}. */
    public void bindEip(String eipId, String nicId, String privateIp, String mode) {
        String label = "Bind EIP " + eipId + " to " + privateIp;
        if (proceed(label, ActionChecks.bindEip(index(), nicId, privateIp, mode))) {
            main.runAction(label, gateway -> {
                gateway.bindEip(eipId, nicId, privateIp, mode);
                return null;
            }, done -> { });
        }
    }

    /** Unbinds an EIP. */
    public void unbindEip(String eipId) {
        main.runAction("Unbind EIP " + eipId, gateway -> {
            gateway.unbindEip(eipId);
            return null;
        }, done -> { });
    }

    /** Changes a bound EIP's mode. */
    public void changeEipMode(String eipId, String mode) {
        String label = "Change EIP " + eipId + " to " + mode;
        if (proceed(label, ActionChecks.changeEipMode(index(), eipId, mode))) {
            main.runAction(label, gateway -> {
                gateway.changeEipMode(eipId, mode);
                return null;
            }, done -> { });
        }
    }

    /** Replaces a vNIC's security group (VNIC-BOUNDARY). */
    public void setSecurityGroup(String nicId, String securityGroupId) {
        main.runAction("Set security group of " + nicId, gateway -> {
            gateway.setSecurityGroup(nicId, securityGroupId);
            return null;
        }, done -> { });
    }

    /** Turns a vNIC's source/destination check on or off (off for forwarding appliances). */
    public void setSourceDestCheck(String nicId, boolean enabled) {
        main.runAction("Source/destination check " + (enabled ? "on" : "off") + " for " + nicId,
                gateway -> {
                    gateway.setSourceDestCheck(nicId, enabled);
                    return null;
                }, done -> { });
    }

    /** Sets a vNIC's rate limit; 0 removes it. */
    public void setRateLimit(String nicId, int mbps) {
        main.runAction("Rate limit " + (mbps == 0 ? "off" : mbps + " Mbps") + " for " + nicId,
                gateway -> {
                    gateway.setRateLimit(nicId, mbps);
                    return null;
                }, done -> { });
    }

    /** Turns IP forwarding on or off; source/destination check follows for every vNIC. */
    public void setIpForwarding(String instanceId, boolean forwarding) {
        main.runAction((forwarding ? "Start" : "Stop") + " IP forwarding on " + instanceId,
                gateway -> {
                    gateway.setIpForwarding(instanceId, forwarding);
                    return null;
                }, done -> { });
    }

    /** Launches an instance and selects it. */
    public void launch(String zoneId, String subnetId, String type, String name) {
        main.runAction("Launch " + name, gateway -> gateway.launchInstance(zoneId, subnetId, type,
                name), id -> main.selectedProperty().set(new NodeRef(NodeKind.INSTANCE, id)));
    }

    /** Resizes an instance. */
    public void resize(String instanceId, String type) {
        String label = "Resize " + instanceId + " to " + type;
        if (proceed(label, ActionChecks.resize(index(), instanceId, type))) {
            main.runAction(label, gateway -> {
                gateway.resizeInstance(instanceId, type);
                return null;
            }, done -> { });
        }
    }

    /** Releases an instance; elastic vNICs are kept unless {@code withElastic}. */
    public void release(String instanceId, boolean withElastic) {
        String keep = withElastic ? "Its elastic vNICs are deleted too."
                : "Its elastic vNICs are detached and kept.";
        if (!prompter.confirm("Release instance", "Release instance " + instanceId + "? Its "
                + "primary vNIC, IPs and VF are freed at once. " + keep)) {
            return;
        }
        main.runAction("Release " + instanceId, gateway -> {
            gateway.releaseInstance(instanceId, withElastic);
            return null;
        }, done -> { });
    }

    private boolean proceed(String label, Optional<Verdict> verdict) {
        if (verdict.isEmpty()) {
            return true;
        }
        main.noticeProperty().set(new Notice(Notice.Level.WARNING,
                RefusalText.predicted(verdict.get())));
        return prompter.sendAnyway(label, verdict.get());
    }

    private FleetIndex index() {
        return main.index();
    }
}
