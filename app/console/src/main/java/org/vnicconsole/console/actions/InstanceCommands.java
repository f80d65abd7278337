package org.vnicconsole.console.actions;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.vnicconsole.console.actions.ActionDialogs.Field;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.MainViewModel;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.ZoneInfo;
import org.vnicconsole.model.capacity.InstanceType;

/** The instance commands: launch, resize, release and the IP forwarding switch. UI thread. */
final class InstanceCommands {

    private final MainViewModel main;
    private final ActionsViewModel actions;
    private final ActionDialogs dialogs;

    InstanceCommands(MainViewModel main, ActionsViewModel actions, ActionDialogs dialogs) {
        this.main = main;
        this.actions = actions;
        this.dialogs = dialogs;
    }

    List<ActionCommand> commands() {
        return List.of(
                new ActionCommand("launch", "Launch instance…", Icons.LAUNCH,
                        KeyCombination.keyCombination("Shortcut+L"), target -> true,
                        this::launch),
                new ActionCommand("resize", "Resize instance…", MaterialDesignA.ARROW_EXPAND_ALL,
                        null, target -> target.instanceId() != null, this::resize),
                new ActionCommand("ip-forward", "Toggle IP forwarding (all vNICs)",
                        MaterialDesignS.SWAP_HORIZONTAL, null,
                        target -> target.instanceId() != null, this::toggleForwarding),
                new ActionCommand("release", "Release instance…", MaterialDesignD.DELETE_FOREVER,
                        null, target -> target.instanceId() != null, this::release));
    }

    private void launch(ActionTarget target) {
        FleetIndex index = main.index();
        List<ZoneInfo> zones = index.snapshot().zones();
        ComboBox<ActionDialogs.Choice<ZoneInfo>> zone = ActionDialogs.combo("launch-zone", zones,
                z -> z.zoneId() + " (" + z.regionId() + ")");
        List<SubnetInfo> subnets = index.snapshot().subnets();
        ComboBox<ActionDialogs.Choice<SubnetInfo>> subnet = ActionDialogs.combo("launch-subnet",
                subnets, s -> s.name() + " " + s.cidrBlock() + " (" + s.regionId() + ")");
        ComboBox<ActionDialogs.Choice<String>> type = ActionDialogs.combo("launch-type",
                InstanceType.all().stream().map(InstanceType::name).toList(), name -> name);
        TextField name = ActionDialogs.textField("launch-name", "vm-"
                + (index.snapshot().instances().size() + 1));
        dialogs.form("Launch instance", List.of(new Field("Zone", zone),
                new Field("Subnet", subnet), new Field("Type", type), new Field("Name", name)),
                () -> true).ifPresent(ok -> actions.launch(ActionDialogs.value(zone).zoneId(),
                        ActionDialogs.value(subnet).subnetId(), ActionDialogs.value(type),
                        name.getText().trim()));
    }

    private void resize(ActionTarget target) {
        InstanceInfo instance = main.index().instance(target.instanceId()).orElseThrow();
        List<String> types = ActionCommands.typesLike(instance.instanceType()).stream()
                .filter(type -> !Objects.equals(type, instance.instanceType())).toList();
        dialogs.choose("Resize " + instance.instanceName(), "New type (now "
                + instance.instanceType() + "):", types, type -> type + " ("
                + InstanceType.parse(type).caps().maxVnics() + " vNICs, "
                + InstanceType.parse(type).caps().ipv4PerVnic() + " IPv4 per vNIC)")
                .ifPresent(type -> actions.resize(instance.instanceId(), type));
    }

    private void toggleForwarding(ActionTarget target) {
        boolean now = main.index().instance(target.instanceId())
                .map(InstanceInfo::enableIpForward).orElse(false) == Boolean.TRUE;
        actions.setIpForwarding(target.instanceId(), !now);
    }

    private void release(ActionTarget target) {
        dialogs.choose("Release instance", "Its elastic vNICs:", List.of(false, true),
                withElastic -> withElastic ? "Delete them too" : "Detach and keep them")
                .ifPresent(withElastic -> actions.release(target.instanceId(), withElastic));
    }
}
