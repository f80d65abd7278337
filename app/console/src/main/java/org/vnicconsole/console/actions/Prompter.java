package org.vnicconsole.console.actions;

import org.vnicconsole.model.check.Verdict;

/**
 * Questions an action asks the user before sending, answered by the view with dialogs and by
 * tests with fixed answers. Called on the UI thread; may block it while a modal dialog shows.
 */
public interface Prompter {

    /**
     * The console's check predicts a refusal: say why and ask whether to send anyway (the
     * server's verdict is the one that counts). True to send.
     */
    boolean sendAnyway(String action, Verdict verdict);

    /** Asks to confirm an action that cannot be undone or loses something. True to go on. */
    boolean confirm(String title, String text);
}
