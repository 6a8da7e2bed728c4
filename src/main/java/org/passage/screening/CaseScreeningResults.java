package org.passage.screening;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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

    /**
     * A hit with the list it comes from ("eu-sanctions-oj"), the listed entity's caption, the score in [0, 1], and
     * {@code source}: the list's version and the catalogue's dataset version it was imported from ("eu version 3, dataset
     * eu-fsf 2026-12-07 3f2a9c1e"), what a finding resting on the hit names (the list's name alone when the index no
     * longer holds the entity).
     */
    record CaseHit(String list, String entityId, String caption, double score, Review review, String source, @Nullable Signers signers) {

        public enum Review { CONFIRMED, UNREVIEWED }

        /**
         * Who decided a confirmed hit and who confirmed the decision as the second person ({@code confirmedBy} null: the
         * decision was taken by one person, before screening decisions needed two), by their names in Passage.
         */
        public record Signers(String decidedBy, @Nullable String confirmedBy) {
        }

        public CaseHit(String list, String entityId, String caption, double score, Review review, String source) {
            this(list, entityId, caption, score, review, source, null);
        }

        public CaseHit {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(source, "source");
        }

        /** A hit whose list version is not known: the source is the list's name. */
        public CaseHit(String list, String entityId, String caption, double score, Review review) {
            this(list, entityId, caption, score, review, list);
        }

        @Override
        public String toString() {
            return "CaseHit[" + list + "/" + entityId + ", " + review + ", caption redacted]";
        }
    }
}
