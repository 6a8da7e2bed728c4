package org.passage.cases.spi;

import org.passage.cases.CaseId;

import java.util.Collection;
import java.util.Map;

/**
 * Where the people of some cases are now, by country (ISO 3166-1 alpha-2), for the case list's column and
 * filter. The journeys feature provides it, so that cases need not know journeys; without it the list simply
 * shows no country.
 */
public interface CaseCountries {

    /** The current country of each case that has one; the caller has checked need to know already. */
    Map<CaseId, String> countries(Collection<CaseId> caseIds);
}
