package org.passage.vetting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;

/**
 * The map of a vetting as a self-contained SVG (no scripts, no external references, no inline styles: classes
 * only, styled by the page or the PDF): country borders, the occupied area on a day and the service places.
 * Read access is checked and audited.
 */
public interface VettingMap {

    /** The map on the first day of the earliest service period (or today's data if none). */
    String svg(CaseId caseId);

    /** The map on {@code date}; null means as {@link #svg(CaseId)}. */
    String svg(CaseId caseId, @Nullable LocalDate date);
}
