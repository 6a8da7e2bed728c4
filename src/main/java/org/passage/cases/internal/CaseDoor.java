package org.passage.cases.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.ApplicantRecord;
import org.passage.cases.CaseApplicant;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.CaseSummary;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.cases.Stage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Cases}: the single gate. Every ticket a staff member gets was decided by {@link CaseAccessPolicy} here and
 * is one pass in the audit trail ({@link GatePasses}); projections only check that the ticket is the holder's own.
 * The cases feature's own pages come in here too, so the policy decides reads in one place.
 */
@Service
class CaseDoor implements Cases {

    private final CaseFiles files;
    private final CaseDetailsTable details;
    private final Readers readers;
    private final AuditTrail audit;
    private final CaseDesk desk;
    private final GatePasses passes;
    private final CaseListSearch search;
    private final org.springframework.beans.factory.ObjectProvider<org.passage.cases.spi.CaseCountries> countries;

    CaseDoor(CaseFiles files, CaseDetailsTable details, Readers readers, AuditTrail audit, CaseDesk desk, GatePasses passes,
             CaseListSearch search, org.springframework.beans.factory.ObjectProvider<org.passage.cases.spi.CaseCountries> countries) {
        this.search = search;
        this.countries = countries;
        this.files = files;
        this.passes = passes;
        this.details = details;
        this.readers = readers;
        this.audit = audit;
        this.desk = desk;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseRef read(CaseId id, String purpose) {
        Reader reader = readers.current();
        CaseRef ticket = admit(reader, id, purpose);
        passes.record(ticket, purpose);
        PageTicket.remember(ticket);
        return ticket;
    }

    @Override
    @Transactional
    public CaseRef change(CaseId id, String purpose) {
        Reader reader = readers.current();
        CaseRef ticket = admit(reader, id, purpose);
        if (!ticket.mayChange()) {
            audit.record(AuditEvent.of(purpose, "case", id, reader.organizationId()).denied("may not change this case"));
            throw new AccessDeniedException("may not change this case");
        }
        passes.record(ticket, purpose);
        PageTicket.remember(ticket);
        return ticket;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseRef readByCode(String code, String purpose) {
        Reader reader = readers.current();
        var found = files.facts("c.organization_id = :org and c.code = :code", Map.of("org", reader.organizationId(), "code", code), "c.id");
        if (found.isEmpty()) {
            audit.record(AuditEvent.of(purpose, "case", null, reader.organizationId()).denied("no such case code"));
            throw new NoSuchCase();
        }
        return read(found.getFirst().id(), purpose);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseRef> readable(Collection<CaseId> ids, String purpose) {
        Reader reader = readers.current();
        List<CaseRef> tickets = byIds(ids).stream()
                .filter(f -> CaseAccessPolicy.canRead(reader, f.organizationId(), f.assignedStaff()))
                .map(f -> ticket(reader, f)).toList();
        tickets.forEach(t -> passes.record(t, purpose));
        return tickets;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseRef> visible(String purpose) {
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            return List.of();
        }
        List<CaseFiles.CaseFacts> seen = CaseAccessPolicy.seesAllCases(reader)
                ? files.facts("c.organization_id = :org", Map.of("org", reader.organizationId()), "c.opened_at desc, c.id")
                : files.facts("""
                                c.organization_id = :org and exists (select 1 from case_assignments m
                                where m.case_id = c.id and m.staff_id = :staff)""",
                        Map.of("org", reader.organizationId(), "staff", reader.staffId()), "c.opened_at desc, c.id");
        List<CaseRef> tickets = seen.stream().map(f -> ticket(reader, f)).toList();
        audit.record(new AuditEvent(purpose, "case", null, reader.organizationId(), AuditEvent.Outcome.SUCCESS,
                tickets.size() + " cases listed, nothing personal"));
        return tickets;
    }

    @Override
    @Transactional
    public List<CaseRef> search(String query, String purpose) {
        Reader reader = readers.current();
        List<CaseRef> visible = visible(purpose);
        if (visible.isEmpty() || query.isBlank()) {
            return List.of();
        }
        // asked lazily: the feature that knows where people are comes in through this door itself
        Map<CaseId, String> where = countries.orderedStream().findFirst()
                .map(c -> c.countries(visible.stream().map(CaseRef::id).toList())).orElse(Map.of());
        return search.matching(reader, visible, query.strip(), where);
    }

    @Override
    @Transactional
    public OpenedCase openFromReferral(UUID referralId, String name, String summaryNote) {
        return desk.openFromReferral(readers.current(), referralId, name, summaryNote);
    }

    @Override
    @Transactional
    public void note(CaseRef ticket, String detail) {
        honour(ticket);
        passes.note(ticket, detail);
    }

    @Override
    @Transactional
    public CaseSummary summary(CaseRef ticket) {
        CaseFile file = file(ticket, "case.summary");
        return new CaseSummary(file.id(), file.organizationId(), file.code().value(), file.stage(),
                file.applicant().displayName(), file.assignedStaff());
    }

    @Override
    @Transactional
    public CaseApplicant applicant(CaseRef ticket) {
        CaseFile file = file(ticket, "case.names");
        var a = file.applicant();
        // every spelling he is known under is screened: the other forms of his name too (a second Latin spelling)
        var names = new java.util.ArrayList<>(List.of(a.name(), a.latinName()));
        names.addAll(details.details(file.organizationId(), file.id()).otherNames());
        return new CaseApplicant(file.id(), file.organizationId(), file.code().value(), names, a.birthDate());
    }

    @Override
    @Transactional
    public ApplicantRecord record(CaseRef ticket) {
        CaseFile file = file(ticket, "case.applicant");
        ApplicantDetails more = details.details(file.organizationId(), file.id());
        var applicant = file.applicant();
        return new ApplicantRecord(file.id(), file.organizationId(), file.code().value(), applicant.name(), applicant.latinName(),
                applicant.birthDate(), more.otherNames(), more.languages(), more.handles(), more.familyAtRisk(),
                more.evidence().stream()
                        .map(e -> new ApplicantRecord.IdentityRecord(e.kind().name(), e.description(), e.seenBy(), e.seenOn()))
                        .toList());
    }

    @Override
    @Transactional
    public void moveTo(CaseRef ticket, Stage stage) {
        honour(ticket);
        if (!ticket.mayChange()) {
            throw new AccessDeniedException("a stage is moved with a ticket to change the case");
        }
        files.changeStage(ticket.id(), stage);
    }

    @Override
    @Transactional
    public Optional<CaseRef> forSystem(CaseId id, String purpose) {
        var tickets = forSystem(List.of(id), purpose);
        return tickets.stream().findFirst();
    }

    @Override
    @Transactional
    public List<CaseRef> forSystem(Collection<CaseId> ids, String purpose) {
        List<CaseRef> tickets = byIds(ids).stream().map(CaseDoor::systemTicket).toList();
        if (tickets.size() == 1) {
            var t = tickets.getFirst();
            audit.record(AuditEvent.of(purpose, "case", t.id(), t.organizationId()).withDetail("the system, nothing personal"));
        } else if (!tickets.isEmpty()) {
            audit.record(new AuditEvent(purpose, "case", null, null, AuditEvent.Outcome.SUCCESS,
                    "the system: " + tickets.size() + " cases, nothing personal"));
        }
        return tickets;
    }

    @Override
    @Transactional
    public List<CaseRef> ofOrganization(UUID organizationId, String purpose) {
        List<CaseRef> tickets = files.facts("c.organization_id = :org", Map.of("org", organizationId), "c.opened_at desc, c.id")
                .stream().map(CaseDoor::systemTicket).toList();
        audit.record(new AuditEvent(purpose, "case", null, organizationId, AuditEvent.Outcome.SUCCESS,
                "the system: " + tickets.size() + " cases, nothing personal"));
        return tickets;
    }

    @Override
    @Transactional
    public List<CaseRef> openCases(String purpose) {
        List<CaseRef> tickets = files.facts("c.stage <> :closed", Map.of("closed", Stage.CLOSED.name()), "c.opened_at, c.id")
                .stream().map(CaseDoor::systemTicket).toList();
        audit.record(new AuditEvent(purpose, "case", null, null, AuditEvent.Outcome.SUCCESS,
                "the system: " + tickets.size() + " open cases, nothing personal"));
        return tickets;
    }

    @Override
    @Transactional
    public OpenedCase openForApplicant(UUID organizationId, String name) {
        return desk.openForApplicant(organizationId, name);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CaseId, String> codes(UUID organizationId, Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var codes = new java.util.HashMap<CaseId, String>();
        files.facts("c.organization_id = :org and c.id = any(:ids)",
                        Map.of("org", organizationId, "ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new)), "c.id")
                .forEach(facts -> codes.put(facts.id(), facts.code()));
        return codes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseId> idOfCode(UUID organizationId, String code) {
        return files.facts("c.organization_id = :org and c.code = :code",
                        Map.of("org", organizationId, "code", code.strip().toUpperCase(java.util.Locale.ROOT)), "c.id")
                .stream().map(CaseFiles.CaseFacts::id).findFirst();
    }

    @Override
    @Transactional
    public Optional<Stage> stageForApplicant(CaseId id) {
        Optional<CaseFiles.CaseFacts> found = byIds(List.of(id)).stream().findFirst();
        found.ifPresent(f -> audit.record(new AuditEvent("case.status", "case", id.toString(), f.organizationId(),
                AuditEvent.Outcome.SUCCESS, "stage shown to the applicant (anonymous)")));
        return found.map(CaseFiles.CaseFacts::stage);
    }

    /** The whole case file, for the cases feature's own pages, of a ticket the holder was issued. */
    @Transactional
    CaseFile file(CaseRef ticket) {
        return file(ticket, "case.file");
    }

    /** The cases the reader may see, with the applicant's names, for the case list: all of his organization's for coordinators, else his own. */
    @Transactional
    List<CaseFile> list(int limit) {
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            audit.record(AuditEvent.of("case.list", "case", null, reader.organizationId()).denied("role sees no case data"));
            throw new AccessDeniedException("this role sees no case data");
        }
        List<CaseFile> cases = files.list(reader.organizationId(), CaseAccessPolicy.seesAllCases(reader) ? null : reader.staffId(), limit);
        audit.record(new AuditEvent("case.list", "case", null, reader.organizationId(), AuditEvent.Outcome.SUCCESS,
                cases.size() + " cases listed"));
        return cases;
    }

    /**
     * The cases the reader may see, for the case list (all of his organization's for coordinators, else his own), as
     * tickets without anything personal: the list opens only the page it shows ({@link #page}). Audited once.
     */
    @Transactional(readOnly = true)
    List<CaseRef> listed() {
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            audit.record(AuditEvent.of("case.list", "case", null, reader.organizationId()).denied("role sees no case data"));
            throw new AccessDeniedException("this role sees no case data");
        }
        return visible("case.list");
    }

    /** The case files of tickets the reader holds, opened, in their order: one page of the list. */
    @Transactional
    List<CaseFile> page(List<CaseRef> tickets) {
        tickets.forEach(this::honour);
        return files.findAll(tickets.stream().map(CaseRef::id).toList());
    }

    /** The reader's ticket, or "no such case" (audited) when he may not see the case. */
    private CaseRef admit(Reader reader, CaseId id, String purpose) {
        var found = byIds(List.of(id)).stream().findFirst();
        if (found.isEmpty() || !CaseAccessPolicy.canRead(reader, found.get().organizationId(), found.get().assignedStaff())) {
            audit.record(AuditEvent.of(purpose, "case", id, reader.organizationId())
                    .denied(found.isEmpty() ? "no such case" : "no need to know"));
            throw new NoSuchCase();
        }
        return ticket(reader, found.get());
    }

    /**
     * The case a projection opens. A staff ticket was audited at the gate and is honoured only for the staff member
     * it was issued to; a system ticket opens personal data only with an audit row of its own, as the system.
     */
    private CaseFile file(CaseRef ticket, String action) {
        honour(ticket);
        CaseFile file = files.find(ticket.id()).orElseThrow(NoSuchCase::new);
        if (ticket.forSystem()) {
            audit.record(AuditEvent.of(action, "case", ticket.id(), ticket.organizationId()).withDetail("read by the system"));
        }
        return file;
    }

    private void honour(CaseRef ticket) {
        if (!ticket.forSystem() && !readers.current().staffId().equals(ticket.issuedTo())) {
            throw new AccessDeniedException("a case ticket is honoured only for the staff member it was issued to");
        }
    }

    private List<CaseFiles.CaseFacts> byIds(Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return files.facts("c.id = any(:ids)", Map.of("ids", ids.stream().map(CaseId::value).toArray(UUID[]::new)), "c.opened_at, c.id");
    }

    static CaseRef ticket(Reader reader, CaseFiles.CaseFacts f) {
        return new CaseRef(f.id(), f.organizationId(), f.code(), f.stage(), f.openedAt(), f.assignedStaff(),
                CaseAccessPolicy.canChange(reader, f.organizationId(), f.assignedStaff()),
                CaseAccessPolicy.canAssign(reader, f.organizationId()), reader.staffId());
    }

    private static CaseRef systemTicket(CaseFiles.CaseFacts f) {
        return new CaseRef(f.id(), f.organizationId(), f.code(), f.stage(), f.openedAt(), f.assignedStaff(), false, false, null);
    }
}
