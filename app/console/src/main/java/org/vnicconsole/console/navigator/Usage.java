package org.vnicconsole.console.navigator;

/**
 * A usage count shown on a node: {@code used} of {@code total} {@code noun}, for example
 * {@code 3/4 vNICs}. Its {@link Level} picks a style class and a glyph, so the state reads without
 * colour too. Immutable.
 */
public record Usage(long used, long total, String noun) {

    /** How full something is. */
    public enum Level {
        /** Below 80 %. */
        OK,
        /** 80 % or more, not full. */
        HIGH,
        /** Nothing left. */
        FULL
    }

    /** The level for this count. */
    public Level level() {
        if (total <= 0 || used >= total) {
            return total <= 0 && used == 0 ? Level.OK : Level.FULL;
        }
        return used * 100 >= total * 80 ? Level.HIGH : Level.OK;
    }

    /** {@code 3/4 vNICs}. */
    public String text() {
        return used + "/" + total + " " + noun;
    }
}
