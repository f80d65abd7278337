package org.vnicconsole.console.shell;

/**
 * A message in the notice bar under the toolbar: the outcome of the last action, a refusal with
 * its rule explained, or a connection problem. {@code level} picks the style and the icon, so
 * it reads without colour. Immutable.
 */
public record Notice(Level level, String text) {

    /** What kind of message. */
    public enum Level {
        /** Nothing to say; the bar is hidden. */
        NONE,
        /** Something went well. */
        SUCCESS,
        /** Work in progress or neutral information. */
        INFO,
        /** The console's own check predicts a refusal. */
        WARNING,
        /** The server refused, or a call failed. */
        ERROR
    }

    /** No message. */
    public static Notice none() {
        return new Notice(Level.NONE, "");
    }
}
