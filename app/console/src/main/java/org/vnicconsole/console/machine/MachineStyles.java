package org.vnicconsole.console.machine;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.vnicconsole.agent.inventory.Severity;
import org.vnicconsole.console.shell.Icons;

/**
 * The style-class names of {@code machine.css} and the icons of the machine views, as constants
 * so views never spell them twice. Severity and diagram states carry a glyph, a text or a line
 * pattern as well as a colour, so they read without colour. UI thread.
 */
public final class MachineStyles {

    /** The machine views' stylesheet, added after the application's. */
    public static final String STYLESHEET = "/org/vnicconsole/console/machine.css";

    public static final String REPORT = "machine-report";
    public static final String TREE = "machine-tree";
    public static final String HIGHLIGHT = "machine-highlight";
    public static final String SEVERITY = "severity";
    public static final String SEVERITY_INFO = "severity-info";
    public static final String SEVERITY_WARNING = "severity-warning";
    public static final String SEVERITY_ERROR = "severity-error";
    public static final String SUMMARY = "machine-summary";
    public static final String NODE_FINDING = "node-finding";
    public static final String PASTE_AREA = "paste-area";
    public static final String LIMITATION = "limitation";
    public static final String DIAGRAM = "triplet-diagram";
    public static final String DIAGRAM_CAPTION = "diagram-caption";
    public static final String DIAGRAM_BOX = "diagram-box";
    public static final String DIAGRAM_ROLE = "diagram-role";
    public static final String DIAGRAM_NAME = "diagram-name";
    public static final String BOX_PRESENT = "diagram-present";
    public static final String BOX_MISSING = "diagram-missing";
    public static final String BOX_UNKNOWN = "diagram-unknown";
    public static final String BOX_ACTIVE = "diagram-box-active";
    public static final String PATH = "diagram-path";
    public static final String PATH_ACTIVE = "diagram-path-active";
    public static final String PATH_STANDBY = "diagram-path-standby";
    public static final String PATH_MISSING = "diagram-path-missing";
    public static final String PATH_LABEL = "diagram-path-label";

    public static final Ikon REFRESH = Icons.REFRESH;
    public static final Ikon CANCEL = MaterialDesignS.STOP_CIRCLE_OUTLINE;
    public static final Ikon SNAPSHOT = MaterialDesignF.FOLDER_OPEN_OUTLINE;
    public static final Ikon MACHINE = MaterialDesignS.SERVER_NETWORK;
    public static final Ikon PASTE = MaterialDesignC.CLIPBOARD_TEXT_OUTLINE;

    private MachineStyles() {
    }

    /** The style class of a severity. */
    public static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> SEVERITY_INFO;
            case WARNING -> SEVERITY_WARNING;
            case ERROR -> SEVERITY_ERROR;
        };
    }

    /** The glyph of a severity: a shape per level. */
    public static Ikon glyph(Severity severity) {
        return switch (severity) {
            case INFO -> Icons.INFO;
            case WARNING -> Icons.HIGH;
            case ERROR -> Icons.ERROR;
        };
    }

    /** The icon of a tree node kind. */
    public static Ikon icon(MachineNode.Kind kind) {
        return switch (kind) {
            case GROUP -> MaterialDesignF.FOLDER_OUTLINE;
            case PF, PCI -> MaterialDesignE.EXPANSION_CARD;
            case VF, PRIMARY, PAIR_VF -> MaterialDesignC.CHIP;
            case TRIPLET -> MaterialDesignS.SOURCE_BRANCH;
            case PAIR -> MaterialDesignL.LINK_VARIANT;
            case MASTER, SYNTHETIC, DEVICE -> MaterialDesignE.ETHERNET;
            case STANDBY -> MaterialDesignL.LAN;
            case SLAVE -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }
}
