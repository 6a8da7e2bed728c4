package org.passage.reports.internal;

import java.util.ArrayList;
import java.util.List;

/** A suppressed row as its label (the plain one, not the words) followed by the texts of its figures. */
final class SuppressionTestsSupport {

    private SuppressionTestsSupport() {
    }

    static List<String> row(SafeTable.Line line) {
        var row = new ArrayList<String>();
        row.add(line.label());
        row.addAll(Tables.texts(line));
        return row;
    }
}
