package org.passage.screening;

import java.util.List;
import java.util.Objects;
import org.passage.cases.CaseRef;

/**
 * A case's screening hits as other features (vetting) weigh them: the ones an analyst confirmed and the ones
 * nobody reviewed yet; dismissed hits are left out. The caller's ticket says need to know was checked and the act
 * audited, once, at the case's door.
 */
public interface CaseScreeningResults {

    /**
     * The hits of the applicant of the case the ticket opens. The need to know was checked and the read audited when
     * the ticket was issued, so nothing is checked or audited again (a vetting run reads the case once).
     */
    Results of(CaseRef ticket);

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
