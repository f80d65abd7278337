package org.vnicconsole.console.machine;

/**
 * Where the triplet diagram puts its boxes and lines: the master centred on top, the two slaves
 * below it on the left and the right, a line from the master's bottom edge to each slave's top
 * edge. Pure geometry, no nodes. Immutable.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param boxWidth every box's width
 * @param boxHeight every box's height
 */
record DiagramLayout(double width, double height, double boxWidth, double boxHeight) {

    /** The size the console uses. */
    static final DiagramLayout STANDARD = new DiagramLayout(440, 176, 168, 48);

    private static final double MARGIN = 8;
    private static final double TOP = 6;

    /** A point. */
    record Point(double x, double y) {
    }

    /** The top-left corner of the master box. */
    Point master() {
        return new Point((width - boxWidth) / 2, TOP);
    }

    /** The top-left corner of the left (fast path) box. */
    Point left() {
        return new Point(MARGIN, height - boxHeight - MARGIN);
    }

    /** The top-left corner of the right (fallback) box. */
    Point right() {
        return new Point(width - boxWidth - MARGIN, height - boxHeight - MARGIN);
    }

    /** Where both lines start: the middle of the master's bottom edge. */
    Point lineStart() {
        return new Point(width / 2, TOP + boxHeight);
    }

    /** Where a line ends: the middle of the slave's top edge. */
    Point lineEnd(Point slave) {
        return new Point(slave.x() + boxWidth / 2, slave.y());
    }

    /** Where a line's label goes: beside the line's middle, away from the centre. */
    Point label(Point slave, boolean leftSide) {
        Point end = lineEnd(slave);
        Point start = lineStart();
        double x = (start.x() + end.x()) / 2 + (leftSide ? -70 : 8);
        return new Point(x, (start.y() + end.y()) / 2 - 10);
    }
}
