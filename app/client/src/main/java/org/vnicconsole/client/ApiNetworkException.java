package org.vnicconsole.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * A call whose request could not be sent or whose reply could not be read in time: a refused
 * or reset connection, a TLS failure, a connect or read timeout. Code {@code NETWORK_ERROR},
 * HTTP status 0, no request id. Whether the server acted on a mutation is unknown after this
 * exception; read the state back before trying again. Immutable.
 */
public final class ApiNetworkException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** Wraps the I/O failure of one call. */
    public ApiNetworkException(String message, IOException cause) {
        super(NETWORK_ERROR, message, null, 0, cause);
    }

    /** True when a connect or read timeout, not a refused or broken connection, ended the call. */
    public boolean isTimeout() {
        Throwable cause = getCause();
        return cause instanceof SocketTimeoutException
                || cause instanceof InterruptedIOException
                        && String.valueOf(cause.getMessage()).contains("timeout");
    }
}
