package org.vnicconsole.console.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window layout remembered between runs: position, size, maximised, the two split
 * positions, the selected navigator tab and the theme. Stored as {@code window.properties} in
 * the user's config directory; a missing or unreadable file gives the defaults. Mutable; UI
 * thread.
 */
public final class WindowState {

    /** The file name in the config directory. */
    public static final String FILE_NAME = "window.properties";

    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);

    double x = Double.NaN;
    double y = Double.NaN;
    double width = 1440;
    double height = 900;
    boolean maximized;
    double mainDivider = 0.42;
    double rightDivider = 0.62;
    int tab;
    boolean dark;

    /** The default layout at a given size. */
    public static WindowState sized(double width, double height) {
        WindowState state = new WindowState();
        state.width = width;
        state.height = height;
        return state;
    }

    /** Reads the state from {@code dir}, or the defaults. */
    public static WindowState load(Path dir) {
        WindowState state = new WindowState();
        if (dir == null || !Files.isReadable(dir.resolve(FILE_NAME))) {
            return state;
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            values.load(in);
            state.x = number(values, "x", state.x);
            state.y = number(values, "y", state.y);
            state.width = Math.max(640, number(values, "width", state.width));
            state.height = Math.max(400, number(values, "height", state.height));
            state.maximized = Boolean.parseBoolean(values.getProperty("maximized", "false"));
            state.mainDivider = number(values, "mainDivider", state.mainDivider);
            state.rightDivider = number(values, "rightDivider", state.rightDivider);
            state.tab = (int) number(values, "tab", 0);
            state.dark = Boolean.parseBoolean(values.getProperty("dark", "false"));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable {}: {}", dir.resolve(FILE_NAME), e.toString());
        }
        return state;
    }

    /** Writes the state to {@code dir}; a failure is logged, never thrown. */
    public void save(Path dir) {
        if (dir == null) {
            return;
        }
        Properties values = new Properties();
        values.setProperty("x", Double.toString(x));
        values.setProperty("y", Double.toString(y));
        values.setProperty("width", Double.toString(width));
        values.setProperty("height", Double.toString(height));
        values.setProperty("maximized", Boolean.toString(maximized));
        values.setProperty("mainDivider", Double.toString(mainDivider));
        values.setProperty("rightDivider", Double.toString(rightDivider));
        values.setProperty("tab", Integer.toString(tab));
        values.setProperty("dark", Boolean.toString(dark));
        try {
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(dir.resolve(FILE_NAME),
                    StandardCharsets.UTF_8)) {
                values.store(out, "vNIC Console window layout");
            }
        } catch (IOException e) {
            LOG.warn("Could not save the window layout to {}: {}", dir, e.toString());
        }
    }

    private static double number(Properties values, String key, double fallback) {
        String text = values.getProperty(key);
        return text == null ? fallback : Double.parseDouble(text);
    }
}
