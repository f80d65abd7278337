package org.vnicconsole.console.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.console.connection.ConnectionDialog;
import org.vnicconsole.console.connection.ConnectionStore;
import org.vnicconsole.console.connection.Endpoint;
import org.vnicconsole.console.task.TaskRunner;

/**
 * The console in one stage: builds the main view over a fresh {@link MainViewModel}, restores
 * and saves the window layout, applies the theme, and owns the session in use (a new connection
 * replaces and closes the old one). Used by the application, the UI tests and the screenshot
 * command. UI thread, except where noted.
 */
public final class ConsoleWindow {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWindow.class);

    private final Stage stage;
    private final Path configDir;
    private final MainViewModel model;
    private final MainView view;
    private final AtomicReference<ConsoleSession> session = new AtomicReference<>();

    private ConsoleWindow(Stage stage, Path configDir, TaskRunner runner) {
        this.stage = stage;
        this.configDir = configDir;
        this.model = new MainViewModel(runner);
        this.view = new MainView(model, stage, this::showConnectionDialog);
    }

    /**
     * Builds the window in {@code stage}, shows it and starts connecting.
     *
     * @param configDir where the layout and connections are remembered; null to remember nothing
     */
    public static ConsoleWindow open(Stage stage, Path configDir, TaskRunner runner,
            String label, ConsoleSession.Opener opener) {
        return open(stage, configDir, runner, label, opener, WindowState.load(configDir));
    }

    /** Builds and shows the window with a given layout (screenshots and tests). */
    public static ConsoleWindow open(Stage stage, Path configDir, TaskRunner runner,
            String label, ConsoleSession.Opener opener, WindowState layout) {
        ConsoleWindow window = new ConsoleWindow(stage, configDir, runner);
        window.show(layout);
        window.connect(label, opener);
        return window;
    }

    /**
     * Connects through {@code opener}; the old session closes once the new one has read the
     * fleet, and a new session that fails is closed at once.
     */
    public void connect(String label, ConsoleSession.Opener opener) {
        AtomicReference<ConsoleSession> opened = new AtomicReference<>();
        model.connect(label, () -> {
            ConsoleSession made = opener.open(model.activity().listener());
            opened.set(made);
            return made.gateway();
        }, connected -> {
            ConsoleSession made = opened.get();
            if (made == null) {
                return;
            }
            if (connected) {
                ConsoleSession old = session.getAndSet(made);
                if (old != null) {
                    model.runner().run("Close the old session", () -> {
                        old.close();
                        return null;
                    }, ignored -> { }, ignored -> { });
                }
            } else {
                made.close();
            }
        });
    }

    /** The view model, for tests and screenshots. */
    public MainViewModel model() {
        return model;
    }

    /** The view, for tests and screenshots. */
    public MainView view() {
        return view;
    }

    /** The stage. */
    public Stage stage() {
        return stage;
    }

    /** Saves the layout and closes the session; the stage is left to the caller. */
    public void close() {
        layout().save(configDir);
        ConsoleSession current = session.getAndSet(null);
        if (current != null) {
            current.close();
        }
    }

    private void show(WindowState state) {
        Theme.apply(state.dark);
        model.darkProperty().set(state.dark);
        model.darkProperty().addListener((observable, old, dark) -> Theme.apply(dark));
        Scene scene = new Scene(view.node(), state.width, state.height);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setTitle("vNIC Console");
        stage.setScene(scene);
        if (!Double.isNaN(state.x) && onSomeScreen(state)) {
            stage.setX(state.x);
            stage.setY(state.y);
        }
        stage.setMaximized(state.maximized);
        view.mainSplit().setDividerPositions(state.mainDivider);
        view.rightSplit().setDividerPositions(state.rightDivider);
        if (state.tab >= 0 && state.tab < view.tabs().getTabs().size()) {
            view.tabs().getSelectionModel().select(state.tab);
        }
        model.connectionProperty().addListener((observable, old, text) ->
                stage.setTitle("vNIC Console · " + text));
        stage.show();
        LOG.debug("Window shown at {}x{}", state.width, state.height);
    }

    private WindowState layout() {
        WindowState state = new WindowState();
        state.maximized = stage.isMaximized();
        state.x = stage.getX();
        state.y = stage.getY();
        state.width = stage.getWidth();
        state.height = stage.getHeight();
        state.mainDivider = view.mainSplit().getDividerPositions()[0];
        state.rightDivider = view.rightSplit().getDividerPositions()[0];
        state.tab = view.tabs().getSelectionModel().getSelectedIndex();
        state.dark = model.darkProperty().get();
        return state;
    }

    private static boolean onSomeScreen(WindowState state) {
        return Screen.getScreensForRectangle(new Rectangle2D(state.x, state.y,
                Math.min(state.width, 200), Math.min(state.height, 100))).size() > 0;
    }

    private void showConnectionDialog() {
        if (configDir == null) {
            return;
        }
        ConnectionStore store = new ConnectionStore(configDir);
        List<Endpoint> recent;
        try {
            recent = store.recent();
        } catch (java.io.IOException e) {
            LOG.warn("Recent connections unreadable: {}", e.toString());
            recent = List.of();
        }
        ConnectionDialog.show(stage, recent).ifPresent(request ->
                connect(request.endpoint().label(), request.opener(store)));
    }
}
