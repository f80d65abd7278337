package org.vnicconsole.control.api;

/**
 * One API action: takes the parsed request and returns the object (a record or a map) that
 * becomes {@code response} in the reply envelope, or null for an action without output. Throws
 * {@link org.vnicconsole.model.error.Refusal} to refuse. Called on a server worker thread, many at
 * once: handlers must be thread-safe.
 */
@FunctionalInterface
public interface ActionHandler {

    /** Runs the action for one request. */
    Object handle(ActionRequest request);
}
