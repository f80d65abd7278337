package org.vnicconsole.control.store;

/** The store could not be opened or used; not a refusal of the caller's input. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
