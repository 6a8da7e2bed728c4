package org.passage.cases.spi;

import org.passage.cases.CaseRef;

import java.util.Objects;
import java.util.Optional;

/**
 * A link another feature puts on the case page to its own page about the case (check-ins, the intake
 * submission, …), so that cases need not know those features. Declared as a bean.
 */
public interface CaseLink {

    /** Lower comes first. */
    int order();

    /** The link for this case, if the feature has something about it the reader may open; called after the read was allowed. */
    Optional<Link> link(CaseRef ref);

    /** A link inside Passage: a message key for its text, the path, and an element id for tests and styling. */
    record Link(String labelKey, String href, String id) {
        public Link {
            Objects.requireNonNull(labelKey, "labelKey");
            Objects.requireNonNull(id, "id");
            if (href == null || !href.startsWith("/") || href.startsWith("//")) {
                throw new IllegalArgumentException("a case link stays inside Passage: " + href);
            }
        }
    }
}
