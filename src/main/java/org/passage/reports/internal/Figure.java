package org.passage.reports.internal;

/**
 * One figure as it may be shown: a suppressed figure does not carry its value at all, so no template, chart
 * or export can leak it by mistake.
 */
record Figure(Status status, Unit unit, long value) {

    /** SMALL: 1 to 4, primary suppression. HIDDEN: hidden so that a small count cannot be worked out (secondary). TOO_FEW: a duration over fewer than 5 cases. BLANK: nothing to show (a duration in the total row). */
    enum Status { SHOWN, SMALL, HIDDEN, TOO_FEW, BLANK }

    enum Unit { CASES, DAYS, PERCENT }

    Figure {
        if (status != Status.SHOWN) {
            value = 0;
        }
    }

    static Figure shown(Unit unit, long value) {
        return new Figure(Status.SHOWN, unit, value);
    }

    static Figure suppressed(Status status, Unit unit) {
        return new Figure(status, unit, 0);
    }

    boolean isShown() {
        return status == Status.SHOWN;
    }

    boolean isSuppressed() {
        return status != Status.SHOWN && status != Status.BLANK;
    }

    /** The text every output uses: the number, or the suppression mark explained in the page's legend. */
    String text() {
        return switch (status) {
            case SHOWN -> unit == Unit.PERCENT ? value + " %" : Long.toString(value);
            case SMALL -> "<5";
            case HIDDEN -> "[c]";
            case TOO_FEW -> "n<5";
            case BLANK -> "";
        };
    }
}
