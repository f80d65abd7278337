package org.vnicconsole.console.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Applies the AtlantaFX Primer theme, light or dark, to the whole application. UI thread. */
public final class Theme {

    private Theme() {
    }

    /** Sets the user-agent stylesheet for every window. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
