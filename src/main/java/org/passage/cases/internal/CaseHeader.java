package org.passage.cases.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Stage;

/** What the case header shows: the stage, the country he is in now (its name in the reader's language) and the flags on the case. */
public record CaseHeader(Stage stage, @Nullable String countryName, List<CasePages.FlagOption> flags) {

    public CaseHeader {
        flags = List.copyOf(flags);
    }

    /** A flagged case (duress, overdue, confirmed hit) is shown in red. */
    public boolean urgent() {
        return !flags.isEmpty();
    }
}
