package org.vnicconsole.client;

/**
 * Hears about every finished call, successful or not, once per call (retries included in it).
 * Called on the thread that ran the call, which is never the UI thread for async calls: a
 * listener that touches UI state must hand the record over itself. A listener that throws is
 * logged and otherwise ignored.
 */
@FunctionalInterface
public interface CallListener {

    /** A listener that does nothing. */
    CallListener NONE = record -> { };

    /** Receives the record of one finished call. */
    void callFinished(CallRecord record);
}
