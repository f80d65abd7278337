package org.vnicconsole.console.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.vnicconsole.console.actions.ActionMenus;
import org.vnicconsole.console.activity.ActivityLogView;
import org.vnicconsole.console.details.DetailsView;
import org.vnicconsole.console.machine.MachineInspector;
import org.vnicconsole.console.machine.MachineWindows;
import org.vnicconsole.console.navigator.NavigatorView;
import org.vnicconsole.console.navigator.NavigatorViewModel;
import org.vnicconsole.console.navigator.NodeRef;

/**
 * The main window's content: menu bar, toolbar with the search box, the notice bar, the three
 * navigators in tabs on the left, the details over the activity log on the right, and a status
 * bar with the connection and progress. Built in code over a {@link MainViewModel}. UI thread.
 */
public final class MainView {

    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    private final SplitPane main = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final TabPane tabs = new TabPane();
    private final List<NavigatorView> navigators = new ArrayList<>();
    private final TextField search = new TextField();
    private final ActionMenus menus;
    private final MachineWindows machine;

    /**
     * The main view.
     *
     * @param owner the window dialogs belong to
     * @param connect opens the connection dialog
     */
    public MainView(MainViewModel model, Window owner, Runnable connect) {
        this(model, new ActionMenus(model, owner), connect);
    }

    /** The main view with the given menus (tests pass one with a scripted prompter). */
    public MainView(MainViewModel model, ActionMenus menus, Runnable connect) {
        this.model = model;
        this.menus = menus;
        this.machine = new MachineWindows(model.runner(), MachineInspector.agent(),
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        for (NavigatorViewModel navigator : model.navigators()) {
            NavigatorView view = new NavigatorView(navigator, model.selectedProperty(),
                    menus::fillContextMenu);
            navigators.add(view);
            Tab tab = new Tab(navigator.title(), view.node());
            tab.setId("tab-" + navigator.title().toLowerCase(java.util.Locale.ROOT));
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        DetailsView details = new DetailsView(model.details(), this::navigate);
        ActivityLogView activity = new ActivityLogView(model.activity());
        right.setOrientation(Orientation.VERTICAL);
        right.getItems().addAll(details.node(), activity.node());
        right.setDividerPositions(0.62);
        main.getItems().addAll(tabs, right);
        main.setDividerPositions(0.42);
        root.setTop(new VBox(menuBar(connect), toolBar(), new NoticeBar(model).node()));
        root.setCenter(main);
        root.setBottom(statusBar());
        model.selectedProperty().addListener((observable, old, ref) -> showTabOf(ref));
    }

    /** The root node. */
    public Parent node() {
        return root;
    }

    /** The left/right divider position. */
    public SplitPane mainSplit() {
        return main;
    }

    /** The details/activity divider position. */
    public SplitPane rightSplit() {
        return right;
    }

    /** The navigator tabs. */
    public TabPane tabs() {
        return tabs;
    }

    /** The Machine menu's windows ("This machine", "Paste diagnostics"). */
    public MachineWindows machineWindows() {
        return machine;
    }

    private void navigate(NodeRef ref) {
        model.selectedProperty().set(ref);
    }

    private void showTabOf(NodeRef ref) {
        if (ref == null) {
            return;
        }
        int current = tabs.getSelectionModel().getSelectedIndex();
        if (current >= 0 && navigators.get(current).contains(ref)) {
            navigators.get(current).reveal(ref);
            return;
        }
        for (int i = 0; i < navigators.size(); i++) {
            if (navigators.get(i).contains(ref)) {
                tabs.getSelectionModel().select(i);
                navigators.get(i).reveal(ref);
                return;
            }
        }
    }

    private MenuBar menuBar(Runnable connect) {
        MenuItem connectItem = new MenuItem("Connect…", Icons.icon(Icons.CONNECT));
        connectItem.setId("menu-connect");
        connectItem.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        connectItem.setOnAction(event -> connect.run());
        MenuItem refresh = new MenuItem("Refresh", Icons.icon(Icons.REFRESH));
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(event -> model.refresh());
        MenuItem find = new MenuItem("Search", Icons.icon(Icons.SEARCH));
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(event -> search.requestFocus());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> root.getScene().getWindow().hide());
        Menu file = new Menu("_File", null, connectItem, refresh, find, quit);
        MenuItem theme = new MenuItem("Toggle dark mode", Icons.icon(Icons.THEME));
        theme.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        theme.setOnAction(event -> model.darkProperty().set(!model.darkProperty().get()));
        Menu view = new Menu("_View", null, theme);
        return new MenuBar(file, view, menus.actionsMenu(), machine.menu());
    }

    private ToolBar toolBar() {
        Button refresh = new Button(null, Icons.icon(Icons.REFRESH));
        refresh.setId("tool-refresh");
        refresh.setTooltip(new Tooltip("Refresh (F5)"));
        refresh.setOnAction(event -> model.refresh());
        search.setId("search");
        search.setPromptText("Search id, name, IP, MAC or PCI address");
        search.setPrefColumnCount(32);
        search.textProperty().bindBidirectional(model.queryProperty());
        Label matches = new Label();
        matches.setId("search-matches");
        model.tenancy().matchCountProperty().addListener((o, old, value) -> count(matches));
        model.instances().matchCountProperty().addListener((o, old, value) -> count(matches));
        model.fabric().matchCountProperty().addListener((o, old, value) -> count(matches));
        ToggleButton dark = new ToggleButton(null, Icons.icon(Icons.THEME));
        dark.setId("tool-dark");
        dark.setTooltip(new Tooltip("Dark mode (Shift+Ctrl+T)"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(refresh, new Separator());
        bar.getItems().addAll(menus.toolbarButtons());
        bar.getItems().addAll(new Separator(), Icons.icon(Icons.SEARCH), search, matches, spacer,
                dark);
        return bar;
    }

    private void count(Label matches) {
        int total = model.navigators().stream()
                .mapToInt(navigator -> navigator.matchCountProperty().get()).sum();
        matches.setText(model.queryProperty().get().isBlank() ? "" : total + " matches");
    }

    private HBox statusBar() {
        Label connection = new Label();
        connection.setId("status-connection");
        connection.textProperty().bind(model.connectionProperty());
        connection.setGraphic(Icons.icon(Icons.CONNECT));
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("progress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.busyProperty());
        Label work = new Label();
        work.setId("progress-label");
        model.busyProperty().addListener((observable, old, busy) -> work.setText(busy
                ? model.currentWork().get() + "…" : ""));
        Label fleet = new Label();
        fleet.setId("status-fleet");
        model.indexProperty().addListener((observable, old, index) -> fleet.setText(
                index.snapshot().instances().size() + " instances · "
                        + index.snapshot().nics().size() + " vNICs · "
                        + index.snapshot().hosts().size() + " hosts"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(connection, spacer, fleet, work, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }
}
