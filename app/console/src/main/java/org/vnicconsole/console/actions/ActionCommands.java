package org.vnicconsole.console.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.vnicconsole.console.actions.ActionDialogs.Field;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.EipModes;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.MainViewModel;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.SecurityGroupInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.capacity.InstanceType;

/**
 * The console's commands: each gathers its inputs with a dialog where needed and calls the
 * {@link ActionsViewModel}. The instance commands live in {@link InstanceCommands}. UI thread.
 */
public final class ActionCommands {

    private final MainViewModel main;
    private final ActionsViewModel actions;
    private final ActionDialogs dialogs;

    ActionCommands(MainViewModel main, ActionsViewModel actions, ActionDialogs dialogs) {
        this.main = main;
        this.actions = actions;
        this.dialogs = dialogs;
    }

    List<ActionCommand> vnicCommands() {
        List<ActionCommand> commands = new ArrayList<>();
        commands.add(new ActionCommand("create-vnic", "Create elastic vNIC…", Icons.CREATE,
                KeyCombination.keyCombination("Shortcut+N"), target -> true, this::create));
        commands.add(new ActionCommand("attach", "Attach vNIC…", Icons.ATTACH,
                KeyCombination.keyCombination("Shortcut+Shift+A"),
                target -> target.nicId() != null && target.instanceId() == null
                        || target.nicId() == null && target.instanceId() != null, this::attach));
        commands.add(new ActionCommand("detach", "Detach vNIC", Icons.DETACH,
                KeyCombination.keyCombination("Shortcut+Shift+D"),
                target -> target.nicId() != null && target.instanceId() != null,
                target -> actions.detach(target.nicId())));
        commands.add(new ActionCommand("delete-vnic", "Delete vNIC…", Icons.DELETE,
                KeyCombination.keyCombination("Shortcut+DELETE"),
                target -> target.nicId() != null, target -> actions.deleteVnic(target.nicId())));
        commands.add(new ActionCommand("assign-ipv4", "Assign secondary IPv4…", Icons.IPV4,
                KeyCombination.keyCombination("Shortcut+I"), target -> target.nicId() != null,
                this::assignIpv4));
        commands.add(new ActionCommand("unassign-ipv4", "Unassign secondary IPv4…", Icons.IPV4,
                null, target -> target.nicId() != null, this::unassignIpv4));
        commands.add(new ActionCommand("enable-ipv6", "Enable IPv6 (one-way)…", Icons.IPV6,
                KeyCombination.keyCombination("Shortcut+6"), target -> target.nicId() != null,
                target -> actions.enableIpv6(target.nicId())));
        commands.add(new ActionCommand("disable-ipv6", "Disable IPv6…", Icons.IPV6, null,
                target -> target.nicId() != null, target -> actions.disableIpv6(target.nicId())));
        commands.add(new ActionCommand("bind-eip", "Bind EIP…", Icons.EIP,
                KeyCombination.keyCombination("Shortcut+B"), target -> target.nicId() != null,
                this::bindEip));
        commands.add(new ActionCommand("unbind-eip", "Unbind EIP", Icons.EIP, null,
                target -> target.eipId() != null, target -> actions.unbindEip(target.eipId())));
        commands.add(new ActionCommand("eip-mode", "Change EIP mode…", Icons.EIP, null,
                target -> target.eipId() != null, this::changeMode));
        commands.add(new ActionCommand("security-group", "Security group…",
                MaterialDesignS.SHIELD_OUTLINE, null, target -> target.nicId() != null,
                this::securityGroup));
        commands.add(new ActionCommand("rate-limit", "Rate limit…", MaterialDesignS.SPEEDOMETER,
                null, target -> target.nicId() != null, this::rateLimit));
        commands.add(new ActionCommand("src-dst-check", "Toggle source/destination check",
                MaterialDesignT.TRAFFIC_LIGHT, null, target -> target.nicId() != null,
                this::toggleCheck));
        return commands;
    }

    private FleetIndex index() {
        return main.index();
    }

    private void create(ActionTarget target) {
        List<SubnetInfo> subnets = index().snapshot().subnets();
        ComboBox<ActionDialogs.Choice<SubnetInfo>> subnet = ActionDialogs.combo("create-subnet",
                subnets, s -> s.name() + " " + s.cidrBlock() + " (" + s.regionId() + ")");
        subnets.stream().filter(s -> s.subnetId().equals(target.subnetId())).findFirst()
                .ifPresent(s -> subnet.getSelectionModel().select(subnets.indexOf(s)));
        TextField name = ActionDialogs.textField("create-name", "elastic-" + (index()
                .allNics().size() + 1));
        List<SecurityGroupInfo> groups = index().snapshot().securityGroups();
        ComboBox<ActionDialogs.Choice<SecurityGroupInfo>> group = ActionDialogs.combo(
                "create-group", groups, SecurityGroupInfo::securityGroupName);
        dialogs.form("Create elastic vNIC", List.of(new Field("Subnet", subnet),
                new Field("Name", name), new Field("Security group", group)), () -> true)
                .ifPresent(ok -> {
                    SecurityGroupInfo chosen = ActionDialogs.value(group);
                    actions.createVnic(ActionDialogs.value(subnet).subnetId(),
                            name.getText().trim(), chosen == null ? null
                                    : chosen.securityGroupId());
                });
    }

    private void attach(ActionTarget target) {
        if (target.nicId() != null) {
            NicInfo nic = index().nic(target.nicId()).orElseThrow();
            List<InstanceInfo> candidates = index().snapshot().instances().stream()
                    .filter(instance -> index().subnet(instance.subnetId())
                            .map(subnet -> Objects.equals(subnet.vpcId(), nic.vpcId())
                                    && Objects.equals(subnet.regionId(), nic.regionId()))
                            .orElse(false))
                    .sorted(Comparator.comparing(InstanceInfo::instanceName)).toList();
            dialogs.choose("Attach " + FleetIndex.display(nic.name(), nic.nicId()),
                    "Instance in the same VPC and region:", candidates,
                    instance -> instance.instanceName() + " (" + instance.instanceType() + ", "
                            + index().nicsOf(instance.instanceId()).size() + "/"
                            + FleetIndex.capsOf(instance).maxVnics() + " vNICs)")
                    .ifPresent(instance -> actions.attach(nic.nicId(), instance.instanceId()));
            return;
        }
        InstanceInfo instance = index().instance(target.instanceId()).orElseThrow();
        String vpc = index().subnet(instance.subnetId()).map(SubnetInfo::vpcId).orElse(null);
        List<NicInfo> free = index().allNics().stream()
                .filter(nic -> nic.instanceId() == null && Objects.equals(nic.vpcId(), vpc))
                .toList();
        dialogs.choose("Attach a vNIC to " + instance.instanceName(), "Unattached vNIC:", free,
                nic -> FleetIndex.display(nic.name(), nic.nicId()) + " " + nic.primaryIpv4())
                .ifPresent(nic -> actions.attach(nic.nicId(), instance.instanceId()));
    }

    private void assignIpv4(ActionTarget target) {
        dialogs.text("Assign secondary IPv4", "A count, or addresses separated by commas:", "1")
                .ifPresent(text -> {
                    if (text.matches("\\d+")) {
                        actions.assignIpv4(target.nicId(), Integer.parseInt(text), List.of());
                    } else {
                        actions.assignIpv4(target.nicId(), 0, ActionDialogs.words(text));
                    }
                });
    }

    private void unassignIpv4(ActionTarget target) {
        NicInfo nic = index().nic(target.nicId()).orElseThrow();
        List<String> secondaries = FleetIndex.ipv4sOf(nic).stream()
                .filter(address -> !address.equals(nic.primaryIpv4())).toList();
        Optional<String> chosen = target.privateIp() != null
                && secondaries.contains(target.privateIp()) ? Optional.of(target.privateIp())
                : dialogs.choose("Unassign secondary IPv4", "Address:", secondaries, a -> a);
        chosen.ifPresent(address -> actions.unassignIpv4(nic.nicId(), List.of(address)));
    }

    private void bindEip(ActionTarget target) {
        NicInfo nic = index().nic(target.nicId()).orElseThrow();
        List<EipInfo> free = index().freeEips().stream()
                .filter(eip -> eip.regionId() == null || eip.regionId().equals(nic.regionId()))
                .toList();
        ComboBox<ActionDialogs.Choice<EipInfo>> eip = ActionDialogs.combo("bind-eip", free,
                e -> String.join(",", FleetIndex.list(e.publicIpAddresses())) + " ("
                        + FleetIndex.display(e.name(), e.eipId()) + ")");
        List<String> addresses = FleetIndex.ipv4sOf(nic).stream()
                .filter(address -> index().eipOf(nic.nicId(), address).isEmpty()).toList();
        ComboBox<ActionDialogs.Choice<String>> address = ActionDialogs.combo("bind-address",
                addresses, a -> a);
        if (target.privateIp() != null && addresses.contains(target.privateIp())) {
            address.getSelectionModel().select(addresses.indexOf(target.privateIp()));
        }
        ComboBox<ActionDialogs.Choice<String>> mode = ActionDialogs.combo("bind-mode",
                List.of(EipModes.STANDARD, EipModes.BYPASS), EipModes::words);
        dialogs.form("Bind EIP to " + FleetIndex.display(nic.name(), nic.nicId()), List.of(
                new Field("EIP", eip), new Field("Private IP", address), new Field("Mode", mode)),
                () -> true).ifPresent(ok -> {
                    if (ActionDialogs.value(eip) != null && ActionDialogs.value(address) != null) {
                        actions.bindEip(ActionDialogs.value(eip).eipId(), nic.nicId(),
                                ActionDialogs.value(address), ActionDialogs.value(mode));
                    }
                });
    }

    private void changeMode(ActionTarget target) {
        dialogs.choose("Change EIP mode", "Mode:", List.of(EipModes.STANDARD, EipModes.BYPASS),
                EipModes::words).ifPresent(mode -> actions.changeEipMode(target.eipId(), mode));
    }

    private void securityGroup(ActionTarget target) {
        dialogs.choose("Security group", "Group:", index().snapshot().securityGroups(),
                SecurityGroupInfo::securityGroupName).ifPresent(group -> actions.setSecurityGroup(
                        target.nicId(), group.securityGroupId()));
    }

    private void rateLimit(ActionTarget target) {
        dialogs.text("Rate limit", "Mbps (0 for none):", "1000")
                .filter(text -> text.matches("\\d+"))
                .ifPresent(text -> actions.setRateLimit(target.nicId(), Integer.parseInt(text)));
    }

    private void toggleCheck(ActionTarget target) {
        boolean now = index().nic(target.nicId()).map(NicInfo::sourceDestCheck).orElse(true)
                != Boolean.FALSE;
        actions.setSourceDestCheck(target.nicId(), !now);
    }

    /** Instance type names of one family, for the resize and launch dialogs. */
    static List<String> typesLike(String current) {
        String family = current == null ? "z2a" : InstanceType.parse(current).family();
        return InstanceType.all().stream().filter(type -> type.family().equals(family))
                .map(InstanceType::name).toList();
    }
}
