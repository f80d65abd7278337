package org.vnicconsole.console.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.vnicconsole.console.shell.Icons;
import org.vnicconsole.console.shell.MainViewModel;

/**
 * Puts the commands where the user looks for them: the Actions menu (with keyboard shortcuts,
 * enabled by the selection), the navigators' context menus (only what applies) and the toolbar.
 * Every entry runs the same {@link ActionCommand}. UI thread.
 */
public final class ActionMenus {

    private final MainViewModel main;
    private final List<ActionCommand> vnic;
    private final List<ActionCommand> instance;

    /** Menus over {@code main}'s selection; dialogs and alerts are owned by {@code owner}. */
    public ActionMenus(MainViewModel main, Window owner) {
        this(main, new FxPrompter(owner), owner);
    }

    /** Menus whose questions go through {@code prompter}. */
    public ActionMenus(MainViewModel main, Prompter prompter, Window owner) {
        this.main = main;
        ActionsViewModel actions = new ActionsViewModel(main, prompter);
        ActionDialogs dialogs = new ActionDialogs(owner);
        this.vnic = new ActionCommands(main, actions, dialogs).vnicCommands();
        this.instance = new InstanceCommands(main, actions, dialogs).commands();
    }

    /** The Actions menu of the menu bar. */
    public Menu actionsMenu() {
        Menu menu = new Menu("_Actions");
        menu.setId("menu-actions");
        List<MenuItem> items = new ArrayList<>();
        for (ActionCommand command : vnic) {
            items.add(item(command));
        }
        items.add(new SeparatorMenuItem());
        for (ActionCommand command : instance) {
            items.add(item(command));
        }
        menu.getItems().setAll(items);
        main.selectedProperty().addListener((observable, old, ref) -> updateEnabled(items));
        main.indexProperty().addListener((observable, old, index) -> updateEnabled(items));
        updateEnabled(items);
        return menu;
    }

    /** Fills a context menu with the commands that apply to the selection. */
    public void fillContextMenu(ContextMenu menu) {
        ActionTarget target = target();
        List<MenuItem> items = new ArrayList<>();
        for (ActionCommand command : vnic) {
            if (command.applies().test(target)) {
                items.add(item(command));
            }
        }
        List<MenuItem> instanceItems = new ArrayList<>();
        for (ActionCommand command : instance) {
            if (command.applies().test(target) && target.instanceId() != null
                    && target.nicId() == null) {
                instanceItems.add(item(command));
            }
        }
        if (!items.isEmpty() && !instanceItems.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.addAll(instanceItems);
        menu.getItems().setAll(items);
    }

    /** Toolbar buttons for the most used commands. */
    public List<Button> toolbarButtons() {
        List<Button> buttons = new ArrayList<>();
        for (String id : List.of("create-vnic", "attach", "detach", "assign-ipv4",
                "enable-ipv6", "bind-eip", "launch")) {
            ActionCommand command = find(id);
            Button button = new Button(null, Icons.icon(command.icon()));
            button.setId("tool-" + id);
            button.setTooltip(new Tooltip(command.text().replace("…", "")
                    + (command.key() == null ? "" : " (" + command.key().getDisplayText() + ")")));
            button.setOnAction(event -> run(command));
            buttons.add(button);
        }
        return buttons;
    }

    private ActionCommand find(String id) {
        return java.util.stream.Stream.concat(vnic.stream(), instance.stream())
                .filter(command -> command.id().equals(id)).findFirst().orElseThrow();
    }

    private MenuItem item(ActionCommand command) {
        MenuItem item = new MenuItem(command.text(), Icons.icon(command.icon()));
        item.setId("action-" + command.id());
        item.setUserData(command);
        if (command.key() != null) {
            item.setAccelerator(command.key());
        }
        item.setOnAction(event -> run(command));
        return item;
    }

    private void run(ActionCommand command) {
        ActionTarget target = target();
        if (!command.applies().test(target)) {
            main.noticeProperty().set(new org.vnicconsole.console.shell.Notice(
                    org.vnicconsole.console.shell.Notice.Level.INFO, command.text()
                            .replace("…", "") + ": select a node it applies to first."));
            return;
        }
        command.run().accept(target);
    }

    private void updateEnabled(List<MenuItem> items) {
        ActionTarget target = target();
        for (MenuItem item : items) {
            if (item.getUserData() instanceof ActionCommand command) {
                item.setDisable(!command.applies().test(target));
            }
        }
    }

    private ActionTarget target() {
        return ActionTarget.of(main.index(), main.selectedProperty().get());
    }
}
