package org.passage.screening;

import java.util.List;
import java.util.Objects;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;

/**
 * A case's screening hits as other features (vetting) weigh them: the ones an analyst confirmed and the ones
 * nobody reviewed yet; dismissed hits are left out. The caller's ticket says need to know was checked and the act
 * audited, once, at the case's door.
 */
public interface CaseScreeningResults {

    /** The hits of the applicant of the case the caller holds a ticket to. */
    Results of(CaseRef ticket);

    /**
     * The hits of the case's applicant, checked through the deprecated {@code CaseAccess}.
     *
     * @throws org.passage.cases.NoSuchCase if the reader may not see the case
     * @deprecated use {@link #of(CaseRef)}; removed once vetting uses Cases.
     */
    @Deprecated(forRemoval = true)
    Results of(CaseId caseId);

    /** {@code indexReady} false: the lists are still loading, only confirmed reviews are known. */
    record Results(boolean indexReady, List<CaseHit> hits) {
        public Results {
            hits = List.copyOf(hits);
        }
    }

    /** A hit with the list it comes from ("eu-sanctions-oj"), the listed entity's caption and the score in [0, 1]. */
    record CaseHit(String list, String entityId, String caption, double score, Review review) {

        public enum Review { CONFIRMED, UNREVIEWED }

        public CaseHit {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public String toString() {
            return "CaseHit[" + list + "/" + entityId + ", " + review + ", caption redacted]";
        }
    }
}
