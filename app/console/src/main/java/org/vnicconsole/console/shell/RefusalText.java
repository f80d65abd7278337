package org.vnicconsole.console.shell;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.vnicconsole.client.ApiException;
import org.vnicconsole.client.ApiNetworkException;
import org.vnicconsole.model.check.Verdict;
import org.vnicconsole.model.rules.RuleId;

/** Puts a refusal into words: what happened, the rule id and the rule's own text. Pure. */
public final class RefusalText {

    private RefusalText() {
    }

    /** The words for a prediction of the console's checks. */
    public static String predicted(Verdict verdict) {
        return "The console's check refuses this: " + verdict.explain() + "\n"
                + rule(verdict.rule());
    }

    /** The words for a failed call: the server's refusal or the failure. */
    public static String failure(String label, Throwable failure) {
        Throwable cause = failure.getCause() != null && !(failure instanceof ApiException)
                ? failure.getCause() : failure;
        if (cause instanceof CancellationException) {
            return label + ": cancelled.";
        }
        if (cause instanceof ApiNetworkException network) {
            return label + ": the control API could not be reached (" + network.getMessage()
                    + "). It is unknown whether it acted; the view is refreshed.";
        }
        if (cause instanceof ApiException api) {
            Optional<RuleId> rule = api.rule();
            String request = api.requestId().map(id -> " (request " + id + ")").orElse("");
            String head = "The server refused " + label + ": " + api.getMessage() + request;
            return rule.map(id -> head + "\n" + rule(id)).orElse(head + " [" + api.code() + "]");
        }
        return label + " failed: " + cause;
    }

    /** {@code CAP-VNICS: Attaching a vNIC beyond ...}. */
    public static String rule(RuleId rule) {
        return rule.id() + ": " + rule.text();
    }
}
