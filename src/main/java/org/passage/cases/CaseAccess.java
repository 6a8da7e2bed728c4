package org.passage.cases;

/**
 * The old door for reading a case, kept only because the vetting feature still comes in through it: a thin adapter
 * over {@link Cases}, removed once vetting uses Cases.
 *
 * @deprecated use {@link Cases#read}; removed once vetting uses Cases.
 */
@Deprecated(forRemoval = true)
public interface CaseAccess {

    /**
     * {@link Cases#read}: a ticket after one check and one audit row, or the ticket the current staff member already
     * holds for the case in this transaction (the same act, so no second check or row).
     */
    CaseRef read(CaseId id, String action);
}
