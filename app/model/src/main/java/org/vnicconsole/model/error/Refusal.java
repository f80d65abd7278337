package org.vnicconsole.model.error;

import java.util.Optional;
import org.vnicconsole.model.rules.RuleId;

/**
 * A refused action: a stable error code (the public API's where one exists), the HTTP status the
 * API answers with, the rule it enforces when there is one, the request field at fault when there
 * is one, and a message for people that ends with the rule's tag. Thrown by the control plane's
 * services and by the model's pure checks; immutable.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;
    private final transient RuleId rule;
    private final String field;

    private Refusal(String code, int status, RuleId rule, String field, String message) {
        super(message);
        this.code = code;
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    /** A refusal under a rule; the message gets the rule's tag appended. */
    public static Refusal of(RuleId rule, String code, int status, String message) {
        return new Refusal(code, status, rule, null, message + " " + rule.tag());
    }

    /** A refusal under a rule, blaming one request field. */
    public static Refusal ofField(
            RuleId rule, String code, int status, String field, String message) {
        return new Refusal(code, status, rule, field, message + " " + rule.tag());
    }

    /** A refusal of bad input that no rule of RULES.md covers (a missing or malformed field). */
    public static Refusal badParameter(String code, String field, String message) {
        return new Refusal(code, 400, null, field, message);
    }

    /** An unknown id: 404 with the given code. */
    public static Refusal notFound(String code, String field, String message) {
        return new Refusal(code, 404, null, field, message);
    }

    /** A conflict with current state that no single rule names. */
    public static Refusal conflict(String code, String message) {
        return new Refusal(code, 409, null, null, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Optional<RuleId> rule() {
        return Optional.ofNullable(rule);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
