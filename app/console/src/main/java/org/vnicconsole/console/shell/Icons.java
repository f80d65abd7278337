package org.vnicconsole.console.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.Usage;

/** The icons of the console (Material Design 2 through Ikonli), by meaning. UI thread. */
public final class Icons {

    public static final Ikon REFRESH = MaterialDesignA.AUTORENEW;
    public static final Ikon THEME = MaterialDesignC.CIRCLE_HALF_FULL;
    public static final Ikon COPY = MaterialDesignC.CONTENT_COPY;
    public static final Ikon SEARCH = MaterialDesignM.MAGNIFY;
    public static final Ikon CREATE = MaterialDesignE.ETHERNET;
    public static final Ikon ATTACH = MaterialDesignL.LINK_PLUS;
    public static final Ikon DETACH = MaterialDesignL.LINK_OFF;
    public static final Ikon DELETE = MaterialDesignD.DELETE_OUTLINE;
    public static final Ikon IPV4 = MaterialDesignI.IP;
    public static final Ikon IPV6 = MaterialDesignI.IP_NETWORK_OUTLINE;
    public static final Ikon EIP = MaterialDesignE.EARTH;
    public static final Ikon CONNECT = MaterialDesignC.CONNECTION;
    public static final Ikon EXPORT = MaterialDesignE.EXPORT;
    public static final Ikon OK = MaterialDesignC.CHECK_CIRCLE_OUTLINE;
    public static final Ikon HIGH = MaterialDesignA.ALERT_OUTLINE;
    public static final Ikon FULL = MaterialDesignM.MINUS_CIRCLE;
    public static final Ikon INFO = MaterialDesignI.INFORMATION_OUTLINE;
    public static final Ikon ERROR = MaterialDesignC.CLOSE_OCTAGON_OUTLINE;
    public static final Ikon FREE = MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE;
    public static final Ikon LAUNCH = MaterialDesignS.SERVER_PLUS;
    public static final Ikon FILTER = MaterialDesignF.FILTER_OUTLINE;

    private Icons() {
    }

    /** A new icon node. */
    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** The icon of a navigator node kind. */
    public static Ikon of(NodeKind kind) {
        return switch (kind) {
            case REGION -> MaterialDesignE.EARTH;
            case VPC -> MaterialDesignC.CLOUD_OUTLINE;
            case SUBNET -> MaterialDesignS.SITEMAP_OUTLINE;
            case VNIC -> MaterialDesignE.ETHERNET;
            case PRIVATE_IP -> MaterialDesignI.IP;
            case IPV6 -> MaterialDesignI.IP_NETWORK_OUTLINE;
            case ZONE -> MaterialDesignM.MAP_MARKER_OUTLINE;
            case INSTANCE -> MaterialDesignM.MONITOR;
            case GROUP -> MaterialDesignF.FOLDER_OUTLINE;
            case HOST -> MaterialDesignS.SERVER;
            case ADAPTER -> MaterialDesignE.EXPANSION_CARD;
            case VF -> MaterialDesignC.CHIP;
            case EIP -> MaterialDesignE.EARTH;
        };
    }

    /** The glyph of a usage level: a shape per level, so it reads without colour. */
    public static Ikon of(Usage.Level level) {
        return switch (level) {
            case OK -> OK;
            case HIGH -> HIGH;
            case FULL -> FULL;
        };
    }

    /** The glyph of a notice level. */
    public static Ikon of(Notice.Level level) {
        return switch (level) {
            case SUCCESS -> OK;
            case WARNING -> HIGH;
            case ERROR -> ERROR;
            case INFO, NONE -> INFO;
        };
    }
}
