package org.vnicconsole.control.api;

/**
 * A refusal made by the wire layer itself rather than by a service: authentication failures,
 * unknown services and actions, malformed or oversize bodies. Carries the stable code and the
 * HTTP status of the error envelope. The message goes to the caller as is, so it never holds a
 * secret. Immutable.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    /** An error with this HTTP status, code and message for the caller. */
    public ApiError(int status, String code, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** 401 with one of the public API's AUTHFAILURE_* codes. */
    public static ApiError unauthorized(String code, String message) {
        return new ApiError(401, code, message);
    }

    /** 400 with one of the public API's INVALID_PARAMETER_* or MISSING_PARAMETER codes. */
    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
