package org.passage.cases;

/**
 * Need to know for the features that keep their own records about a case (journeys, check-ins, …). The
 * logged-in staff member is the reader. A case he may not see answers "no such case" (404) exactly like a
 * case that does not exist; a case he may see but not change answers 403. Refusals are audited here.
 */
public interface CaseAccess {

    /** Allows and audits (as {@code action}, e.g. "journey.read") a read of the case by the current reader. */
    CaseRef read(CaseId id, String action);

    /** Allows a change of the case by the current reader; the caller audits the change itself, with its detail. */
    CaseRef change(CaseId id, String action);

    /**
     * Records the case's current stage, after the journey's rules allowed the move. Checks the change right
     * again, so the call is safe on its own; must run in the caller's transaction.
     */
    void moveTo(CaseId id, Stage stage);
}
