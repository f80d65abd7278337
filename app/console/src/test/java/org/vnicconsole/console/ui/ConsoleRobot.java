package org.vnicconsole.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.shell.ConsoleWindow;

/** Steps of the UI tests: search and select, drive dialogs, wait for the fleet. */
final class ConsoleRobot {

    private final FxRobot robot;
    private final ConsoleWindow window;

    ConsoleRobot(FxRobot robot, ConsoleWindow window) {
        this.robot = robot;
        this.window = window;
    }

    FleetIndex index() {
        return window.model().index();
    }

    void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what + "; notice: "
                    + window.model().noticeProperty().get().text(), e);
        }
    }

    void waitForFleet() throws Exception {
        waitUntil("the fleet is loaded", () -> !index().snapshot().instances().isEmpty()
                && !index().snapshot().hosts().isEmpty());
        waitUntil("no work is running", () -> !window.model().busyProperty().get());
    }

    /** Types a query into the search box, replacing what was there. */
    void search(String query) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search);
        robot.interact(search::clear);
        robot.write(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a navigator tab by its title. */
    void tab(String title) {
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks the node labelled {@code text} in the tree with id {@code treeId}. Retries while the
     * tree is being rebuilt after a refresh (a cell found a moment ago may have left the scene).
     */
    void select(String treeId, String text) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                Label label = robot.from(robot.lookup("#" + treeId).queryParent())
                        .lookup(".node-label").match((Label node) -> text.equals(node.getText())
                                && node.getScene() != null && node.isVisible())
                        .queryAs(Label.class);
                if (label != null) {
                    robot.clickOn(label);
                    WaitForAsyncUtils.waitForFxEvents();
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No node " + text + " to click in " + treeId, last);
    }

    /** Chooses the option whose text starts with {@code prefix} in a dialog's combo box. */
    <T> void choose(String comboQuery, String prefix) {
        @SuppressWarnings("unchecked")
        ComboBox<T> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
        T option = combo.getItems().stream().filter(item -> item.toString().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("No option " + prefix
                        + " in " + combo.getItems()));
        robot.interact(() -> combo.getSelectionModel().select(option));
    }

    void clickButtonById(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void write(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    void clickMenu(String menu, String item) {
        robot.clickOn(menu);
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Follows a link of the details pane; fired, since it may be scrolled out of view. */
    void clickLink(String prefix) {
        javafx.scene.control.Hyperlink link = robot.lookup(".hyperlink")
                .match((javafx.scene.control.Hyperlink node) -> node.getText().startsWith(prefix))
                .queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clickButton(String text) {
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button button) ->
                text.equals(button.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String dialogText(String dialogId) {
        javafx.scene.control.DialogPane pane = robot.lookup("#" + dialogId)
                .queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane).as("dialog " + dialogId).isNotNull();
        return pane.getHeaderText() + "\n" + pane.getContentText();
    }

    void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String notice() {
        return window.model().noticeProperty().get().text();
    }
}
