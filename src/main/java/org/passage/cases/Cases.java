package org.passage.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one door into a case for every other feature.
 *
 * <p>A staff member comes in through {@link #read}, {@link #change}, {@link #readByCode} or {@link #readable}: the
 * need-to-know policy decides once, the audit trail records once (with {@code purpose} as the action, e.g.
 * {@code "dossier.export"}), and the answer is a {@link CaseRef} ticket. What the feature then needs of the case —
 * its summary, the applicant's names, his whole record — are projections of that ticket: no second check and no
 * second audit row. A case the reader may not see answers {@link NoSuchCase} exactly like one that does not
 * exist (404, so ids can't be probed); one he may see but not change answers 403.
 *
 * <p>Work that no person does (the public intake, schedulers, re-screening after a list import, statistics, demo
 * data) comes in through the methods documented as "the system": audited as the system, and their tickets must
 * never answer a staff member's request with personal data.
 */
public interface Cases {

    /** The current staff member's ticket to read the case; {@link NoSuchCase} if he may not see it. Audited as {@code purpose}. */
    CaseRef read(CaseId id, String purpose);

    /** The current staff member's ticket to change the case: {@link NoSuchCase} if he may not see it, 403 if he may only see it. */
    CaseRef change(CaseId id, String purpose);

    /** {@link #read} by the code staff know a case by (e.g. K7QM-2XPD), within the reader's organization. */
    CaseRef readByCode(String code, String purpose);

    /** Tickets for those of {@code ids} the current staff member may read (the others are silently left out); each audited. */
    List<CaseRef> readable(Collection<CaseId> ids, String purpose);

    /**
     * Every case the current staff member may see, newest first, as tickets (codes and stages, nothing personal),
     * for lists such as alerts; one audit row for the list. Empty for roles that see no case data.
     */
    List<CaseRef> visible(String purpose);

    /**
     * Those of the current staff member's visible cases whose applicant's names (in any script or transliteration),
     * other names, handles, code or current country match every word of {@code query}, newest first, as tickets; one
     * audit row saying how many were found (never what was searched for). Empty for roles that see no case data.
     */
    List<CaseRef> search(String query, String purpose);

    /**
     * Opens a case in the current staff member's organization for a person referred by a partner: first contact, the
     * referral's summary as its first note, linked to the referral only by {@code referralId}. Needs the right to open
     * cases; audited.
     */
    OpenedCase openFromReferral(UUID referralId, String name, String summaryNote);

    /**
     * Adds what came of the act (never personal data: "details updated", "export 3f2a…, sha256 …") to the one audit
     * row of the ticket's pass through the gate, so an act is one row. Called outside the transaction the ticket was
     * issued in, the detail gets a row of its own.
     */
    void note(CaseRef ticket, String detail);

    /** The case as it is shown to someone holding the ticket: code, stage, staff and the person's name. */
    CaseSummary summary(CaseRef ticket);

    /** The names the applicant is recorded under and his birth date, for screening. */
    CaseApplicant applicant(CaseRef ticket);

    /** Everything recorded about the applicant, for a document about him (the dossier). */
    ApplicantRecord record(CaseRef ticket);

    /**
     * Records the case's current stage after the journey's rules allowed the move; needs a ticket from
     * {@link #change}. Must run in the caller's transaction, which audits the move with its detail.
     */
    void moveTo(CaseRef ticket, Stage stage);

    /** The system: a ticket for one case, audited as the system with {@code purpose}; empty when there is no such case. */
    Optional<CaseRef> forSystem(CaseId id, String purpose);

    /** The system: tickets for those of {@code ids} that exist, with one audit row for all of them. */
    List<CaseRef> forSystem(Collection<CaseId> ids, String purpose);

    /** The system: every case of an organization, newest first, with one audit row. */
    List<CaseRef> ofOrganization(UUID organizationId, String purpose);

    /** The system: every case that is not closed, of every organization, oldest first, with one audit row. */
    List<CaseRef> openCases(String purpose);

    /** The system: opens a case for a person who wrote in by himself (first contact, nobody assigned). */
    OpenedCase openForApplicant(UUID organizationId, String name);

    /**
     * The system: the codes of those of {@code ids} that belong to the organization, for the auditors' trail, which
     * names cases by code. Only codes, nothing of the case: not audited here, the auditor's reading of the trail is.
     */
    Map<CaseId, String> codes(UUID organizationId, Collection<CaseId> ids);

    /** The system: the case of the organization known by {@code code}, for the auditors' filter; only its id, not audited. */
    Optional<CaseId> idOfCode(UUID organizationId, String code);

    /** The system: the stage of a case for the person himself on the public status page; the caller checked his passphrase. */
    Optional<Stage> stageForApplicant(CaseId id);

    /** A case just opened: its id and the code the person and staff use to refer to it. */
    record OpenedCase(CaseId id, String code) {
    }
}
