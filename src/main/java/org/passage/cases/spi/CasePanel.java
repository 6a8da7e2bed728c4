package org.passage.cases.spi;

import org.passage.cases.CaseRef;

/**
 * A section another feature adds to the case page (the journey timeline, check-ins, …), so that cases need
 * not know those features. The fragment is rendered with its data in the variable {@code panel}.
 */
public interface CasePanel {

    /** Lower comes first on the page. */
    int order();

    /** The Thymeleaf template holding a fragment named {@code panel}, e.g. {@code journeys/panel}. */
    String template();

    /** The data to show; called only after the reader's read of the case was allowed and audited. */
    Object data(CaseRef ref);
}
