package org.vnicconsole.control.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.vnicconsole.model.rules.RuleId;

/**
 * Marks a test that shows the allowed case of these rules succeeding with its real effect.
 * {@link RuleCoverageTest} and docs/rules-to-tests.md read it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Allows {
    RuleId[] value();
}
