package org.vnicconsole.console.actions;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One user command as menus, context menus, the toolbar and the keyboard offer it: its text,
 * icon and shortcut, when it applies to the selection, and what it does. Immutable.
 *
 * @param id a stable id, used for the menu items' ids ({@code action-<id>})
 * @param key the keyboard shortcut; null for none
 */
public record ActionCommand(String id, String text, Ikon icon, KeyCombination key,
        Predicate<ActionTarget> applies, Consumer<ActionTarget> run) {
}
