package org.vnicconsole.console.shell;

import org.vnicconsole.console.navigator.Usage;

/**
 * The style-class names of {@code console.css}, as constants so views never spell them twice.
 * Colours live in the stylesheet only, taken from the theme's looked-up colours so light and
 * dark both work.
 */
public final class Styles {

    /** The application stylesheet. */
    public static final String STYLESHEET = "/org/vnicconsole/console/console.css";

    public static final String NAVIGATOR = "navigator";
    public static final String NODE_LABEL = "node-label";
    public static final String NODE_NOTE = "node-note";
    public static final String NODE_FREE = "node-free";
    public static final String USAGE = "usage";
    public static final String USAGE_OK = "usage-ok";
    public static final String USAGE_HIGH = "usage-high";
    public static final String USAGE_FULL = "usage-full";
    public static final String DETAILS = "details";
    public static final String DETAILS_TITLE = "details-title";
    public static final String DETAILS_SUBTITLE = "details-subtitle";
    public static final String DETAILS_SECTION = "details-section";
    public static final String PROPERTY_NAME = "property-name";
    public static final String PROPERTY_VALUE = "property-value";
    public static final String RULE_TAG = "rule-tag";
    public static final String NOTICE = "notice";
    public static final String NOTICE_SUCCESS = "notice-success";
    public static final String NOTICE_INFO = "notice-info";
    public static final String NOTICE_WARNING = "notice-warning";
    public static final String NOTICE_ERROR = "notice-error";
    public static final String STATUS_BAR = "status-bar";
    public static final String ACTIVITY = "activity";
    public static final String RESULT_OK = "result-ok";
    public static final String RESULT_ERROR = "result-error";
    public static final String PANE_HEADER = "pane-header";

    private Styles() {
    }

    /** The style class of a usage level. */
    public static String usage(Usage.Level level) {
        return switch (level) {
            case OK -> USAGE_OK;
            case HIGH -> USAGE_HIGH;
            case FULL -> USAGE_FULL;
        };
    }

    /** The style class of a notice level. */
    public static String notice(Notice.Level level) {
        return switch (level) {
            case SUCCESS -> NOTICE_SUCCESS;
            case WARNING -> NOTICE_WARNING;
            case ERROR -> NOTICE_ERROR;
            case INFO, NONE -> NOTICE_INFO;
        };
    }
}
