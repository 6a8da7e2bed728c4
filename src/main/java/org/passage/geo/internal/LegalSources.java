package org.passage.geo.internal;

import java.time.LocalDate;

/**
 * The facts Passage states without any occupied-territory series, each with the public text it rests on, so
 * that no finding lacks a source: Crimea and Sevastopol occupied since 2014-02-20, the areas of Donetsk and
 * Luhansk oblasts held before 2022 ("ORDLO"), and the line that stood still between them from 2015 to 2022.
 */
final class LegalSources {

    static final String CRIMEA = "Crimea and Sevastopol occupied since 2014-02-20: Law of Ukraine No. 1207-VII on the"
            + " temporarily occupied territory (https://zakon.rada.gov.ua/laws/show/1207-18), UN General Assembly"
            + " resolution 68/262 on the territorial integrity of Ukraine (https://digitallibrary.un.org/record/767565)";
    static final String ORDLO = "parts of Donetsk and Luhansk oblasts occupied since 2014: Law of Ukraine No. 2268-VIII"
            + " (https://zakon.rada.gov.ua/laws/show/2268-19), Verkhovna Rada resolution No. 254-VIII"
            + " (https://zakon.rada.gov.ua/laws/show/254-19); their outline: the earliest DeepStateMap layer \"ОРДЛО\"";
    static final String BEFORE_INVASION = "before 2022-02-24 Russia held only Crimea, Sevastopol and parts of Donetsk"
            + " and Luhansk oblasts (" + CRIMEA + "; " + ORDLO + ")";

    /** The line around the pre-2022 areas moved until the fall of Debaltseve; it then held until the invasion. */
    static final LocalDate LINE_SETTLED = LocalDate.of(2015, 2, 18);
    static final LocalDate INVASION = LocalDate.of(2022, 2, 24);

    private LegalSources() {
    }
}
