package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractAssert;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/** AssertJ checks of a {@link Refusal}: its rule, code, status, field and message. */
final class RefusalAssert extends AbstractAssert<RefusalAssert, Refusal> {

    private RefusalAssert(Refusal actual) {
        super(actual, RefusalAssert.class);
    }

    static RefusalAssert assertThatRefusal(Refusal actual) {
        return new RefusalAssert(actual);
    }

    /** Refused under {@code rule} with this code and status; the message ends with its tag. */
    RefusalAssert enforces(RuleId rule, String code, int status) {
        isNotNull();
        assertThat(actual.rule()).as("rule").contains(rule);
        assertThat(actual.code()).as("code").isEqualTo(code);
        assertThat(actual.status()).as("status").isEqualTo(status);
        assertThat(actual.getMessage()).as("message").endsWith(" " + rule.tag());
        return this;
    }

    /** Refused as bad input no rule covers, blaming {@code field}. */
    RefusalAssert isBadInput(String code, int status, String field) {
        isNotNull();
        assertThat(actual.rule()).as("rule").isEmpty();
        assertThat(actual.code()).as("code").isEqualTo(code);
        assertThat(actual.status()).as("status").isEqualTo(status);
        assertThat(actual.field()).as("field").contains(field);
        return this;
    }

    RefusalAssert blames(String field) {
        assertThat(actual.field()).as("field").contains(field);
        return this;
    }

    /** The message names every one of these ids, numbers or addresses. */
    RefusalAssert mentions(String... parts) {
        assertThat(actual.getMessage()).as("message").contains(parts);
        return this;
    }
}
