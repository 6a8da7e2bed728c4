package org.passage.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features may know of cases, always through the need-to-know policy and the audit trail.
 * Methods named "readable"/"require" decide for the logged-in staff member; a case he may not see is
 * reported exactly like one that does not exist. Methods for the system (public intake, the check-in
 * scheduler, demo data) act without a person and are audited as such.
 */
public interface CaseRegister {

    /** The cases among {@code ids} the current staff member may read; each one returned is audited as read. */
    List<CaseSummary> readable(Collection<CaseId> ids, String purpose);

    /** The case if the current staff member may change it; 404-like {@link NoSuchCase} if he may not see it, 403 if he may only see it. */
    CaseSummary requireChange(CaseId id, String purpose);

    /** The case if the current staff member may read it, else {@link NoSuchCase}. */
    CaseSummary requireRead(CaseId id, String purpose);

    /** The case with this code (e.g. K7QM-2XPD) of the current staff member's organization, if he may read it, else {@link NoSuchCase}. */
    CaseSummary requireReadByCode(String code, String purpose);

    /** Opens a case for a person who wrote in by himself: first contact, nobody assigned, audited as the system. */
    OpenedCase openForApplicant(UUID organizationId, String name);

    /** The stage of a case for the person himself on the public status page; the caller has checked his passphrase. */
    Optional<Stage> stageForApplicant(CaseId id);

    /** The current stages of these cases, for the system's own schedules; nothing personal is opened. */
    java.util.Map<CaseId, Stage> stagesForSystem(Collection<CaseId> ids, String purpose);

    /** The open cases of an organization, for demo data and system jobs; nothing personal is opened. */
    List<CaseId> openCasesForSystem(UUID organizationId, String purpose);

    /**
     * Who works on a case and the code staff know it by, for the system's alerts to staff (the Telegram notifier);
     * nothing personal is opened.
     */
    Optional<AlertFacts> alertFactsForSystem(CaseId id, String purpose);

    /** The facts an alert to staff may carry: the case code, its organization and who is assigned. */
    record AlertFacts(CaseId id, UUID organizationId, String code, java.util.Set<UUID> assignedStaff) {
        public AlertFacts {
            assignedStaff = java.util.Set.copyOf(assignedStaff);
        }
    }

    /**
     * Opens a case in the current staff member's organization for a person referred by a partner: first
     * contact, the referral's summary as its first note, linked to the referral only by {@code referralId}
     * (nothing of the referring organization's case). Needs the right to open cases; audited.
     */
    OpenedCase openFromReferral(UUID referralId, String name, String summaryNote);

    /** A case just opened by the intake: its id and the code the person uses to refer to it. */
    record OpenedCase(CaseId id, String code) {
    }

    /** Thrown when the case does not exist or the reader may not know that it does (answered as 404). */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    final class NoSuchCase extends RuntimeException {
        public NoSuchCase() {
            super("no such case");
        }
    }
}
