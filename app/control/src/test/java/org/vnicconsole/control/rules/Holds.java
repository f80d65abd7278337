package org.vnicconsole.control.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.vnicconsole.model.rules.RuleId;

/**
 * Marks a test that shows an invariant of these rules holding, for rules no request can break
 * (no action exists that could move a MAC, route or VF the wrong way, so there is nothing to
 * refuse). {@link RuleCoverageTest} and docs/rules-to-tests.md read it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Holds {
    RuleId[] value();
}
