package org.passage.vetting;

import java.util.Locale;
import java.util.Optional;
import org.passage.cases.CaseRef;

/** The vetting of a case as the dossier shows it; read access is checked and audited by the implementation. */
public interface VettingRecords {

    /**
     * The vetting of the case the caller holds a ticket to, if one was started (a period recorded, a run made or a
     * decision proposed). The ticket says need to know was checked and the act audited, so nothing is checked again.
     * The findings' titles and explanations are written in {@code language} (the dossier's); what an analyst wrote
     * himself stays as he wrote it.
     */
    Optional<VettingRecord> forCase(CaseRef ticket, Locale language);
}
