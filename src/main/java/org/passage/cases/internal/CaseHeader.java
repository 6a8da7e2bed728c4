package org.passage.cases.internal;

import java.util.List;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.passage.cases.spi.CaseFact;

/**
 * What the header of every case page shows: the case's code (a link to it), its stage, what the other features say
 * of it (where he is now and the risk there, last check-in, alerts, screening hits, vetting decision) and its flags.
 */
public record CaseHeader(CaseId id, String code, Stage stage, List<CaseFact.Fact> facts, List<CasePages.FlagOption> flags) {

    public CaseHeader {
        facts = List.copyOf(facts);
        flags = List.copyOf(flags);
    }

    /**
     * A flagged case (duress, overdue check-in, confirmed hit) has its whole header in red; a fact that needs attention
     * (a high-risk country, an open alert) is red on its own, so that red across the page keeps meaning "act now".
     */
    public boolean urgent() {
        return !flags.isEmpty();
    }
}
