package org.passage.vetting;

import java.util.Optional;
import org.passage.cases.CaseId;

/** The vetting of a case as the dossier shows it; read access is checked and audited by the implementation. */
public interface VettingRecords {

    /**
     * The vetting of the case, if one was started (a period recorded, a run made or a decision proposed).
     *
     * @throws org.passage.cases.NoSuchCase if the reader may not see the case
     */
    Optional<VettingRecord> forCase(CaseId caseId, String purpose);
}
