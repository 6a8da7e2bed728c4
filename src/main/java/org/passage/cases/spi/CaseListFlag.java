package org.passage.cases.spi;

import org.passage.cases.CaseId;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A mark another feature puts on cases in the case list (e.g. "overdue check-in"), offered as a filter too, so
 * that cases need not know that feature. Declared as a bean; the list asks only about cases the reader may see.
 */
public interface CaseListFlag {

    /** The filter value in the list's URL, e.g. {@code overdue}: lower-case letters and dashes. */
    String key();

    /** The message key of the marker and of the filter's option. */
    String labelKey();

    /** Which of {@code caseIds} (all of {@code organizationId}, need to know already checked) carry the flag now. */
    Set<CaseId> flagged(UUID organizationId, Collection<CaseId> caseIds);
}
