package org.vnicconsole.control.api;

/**
 * The public API's common error codes (reference section 3.4) that the wire layer and
 * {@link ActionRequest} answer with. Service-specific codes live with the services. Constants only.
 */
public final class ErrorCodes {

    public static final String INVALID_AUTHORIZATION = "AUTHFAILURE_INVALID_AUTHORIZATION";
    public static final String SIGNATURE_FAILURE = "AUTHFAILURE_SIGNATURE_FAILURE";
    public static final String SIGNATURE_EXPIRED = "AUTHFAILURE_SIGNATURE_EXPIRED";
    public static final String UNAUTHORIZED_OPERATION = "AUTHFAILURE_UNAUTHORIZED_OPERATION";
    public static final String MISSING_PARAMETER = "MISSING_PARAMETER";
    public static final String INVALID_PARAMETER_TYPE = "INVALID_PARAMETER_TYPE";
    public static final String INVALID_PARAMETER_VALUE = "INVALID_PARAMETER_VALUE";
    public static final String INVALID_PARAMETER_PATTERN_ERROR = "INVALID_PARAMETER_PATTERN_ERROR";
    public static final String EXCEED_MAXIMUM = "INVALID_PARAMETER_EXCEED_MAXIMUM";
    public static final String LESS_MINIMUM = "INVALID_PARAMETER_LESS_MINIMUM";
    public static final String EXCEED_LENGTH = "INVALID_PARAMETER_EXCEED_LENGTH";
    public static final String LESS_LENGTH = "INVALID_PARAMETER_LESS_LENGTH";
    public static final String RESOURCE_NOT_FOUND = "OPERATION_FAILED_RESOURCE_NOT_FOUND";
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private ErrorCodes() {
    }
}
