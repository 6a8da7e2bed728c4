package org.passage.cases.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.cases.ApplicantRenamed;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's names, birth date, details, identity evidence and notes: need to know through {@link Cases} (the
 * same policy and audit as every case read), validation before anything is written, an audit row with each change,
 * and each change of what was written before kept in the case's history ({@link CaseRevisions}, sealed).
 */
@Service
class ApplicantDesk {

    private final Cases cases;
    private final CaseFiles files;
    private final CaseDetailsTable table;
    private final CaseRevisions revisions;
    private final Readers readers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicantDesk(Cases cases, CaseFiles files, CaseDetailsTable table, CaseRevisions revisions, Readers readers,
                  ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.table = table;
        this.revisions = revisions;
        this.readers = readers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the details page shows: the applicant, his details, the notes with each note's earlier versions, and the
     * history of changes to the applicant and his details, newest first.
     */
    record Details(CaseRef ref, Applicant applicant, ApplicantDetails details, List<CaseNote> notes,
                   Map<UUID, List<CaseRevisions.Revision>> noteHistory, List<CaseRevisions.Revision> history) {
    }

    @Transactional
    Details read(CaseId id) {
        return of(cases.read(id, "case.details.read"));
    }

    /** For the case page, whose read was allowed and audited already. */
    @Transactional(readOnly = true)
    Details of(CaseRef ref) {
        CaseFile file = files.find(ref.id()).orElseThrow(NoSuchCase::new);
        var noteHistory = revisions.of(ref.organizationId(), ref.id(), CaseRevisions.Subject.NOTE).stream()
                .collect(Collectors.groupingBy(CaseRevisions.Revision::subjectId));
        return new Details(ref, file.applicant(), table.details(ref.organizationId(), ref.id()), table.notes(ref.organizationId(), ref.id()),
                noteHistory, revisions.of(ref.organizationId(), ref.id(), CaseRevisions.Subject.APPLICANT, CaseRevisions.Subject.DETAILS));
    }

    /**
     * Changes the applicant's names and birth date (a case opened from the public intake page has only the name he
     * typed). The search index sees the new names at the next search; screening is told to look at the case again.
     * Returns the fields that changed (none: nothing was written).
     */
    @Transactional
    List<String> changeApplicant(CaseId id, Applicant changed) {
        return changeApplicant(id, changed, null);
    }

    /**
     * As {@link #changeApplicant(CaseId, Applicant)}, from a form that showed {@code shown}: only the fields he changed
     * on it are written, so a page left open in a second tab no longer puts back what was saved from the first; a field
     * he changed that someone else changed since the page was shown is refused, naming what it reads now.
     */
    @Transactional
    List<String> changeApplicant(CaseId id, Applicant typed, @Nullable Applicant shown) {
        CaseRef ref = cases.change(id, "case.applicant.change");
        Applicant before = files.find(id).orElseThrow(NoSuchCase::new).applicant();
        Applicant changed = shown == null ? typed : merged(before, typed, shown);
        List<String> fields = revisions.record(ref.organizationId(), id, CaseRevisions.Subject.APPLICANT, null, fields(before),
                fields(changed), clock.instant(), readers.current().staffId());
        if (fields.isEmpty()) {
            cases.note(ref, "nothing changed");
            return fields;
        }
        files.changeApplicant(ref.organizationId(), id, changed);
        cases.note(ref, "changed " + String.join(", ", fields));
        events.publishEvent(new ApplicantRenamed(id, ref.organizationId()));
        return fields;
    }

    private static Applicant merged(Applicant now, Applicant typed, Applicant shown) {
        String name = field("name", now.name(), typed.name(), shown.name());
        String latinName = field("latinName", now.latinName(), typed.latinName(), shown.latinName());
        java.time.LocalDate birth = field("birthDate", now.birthDate(), typed.birthDate(), shown.birthDate());
        return new Applicant(name, latinName, birth);
    }

    private static List<String> listField(String field, List<String> now, List<String> typed, List<String> shown, String joiner) {
        if (typed.equals(shown)) {
            return now;
        }
        if (!now.equals(shown) && !now.equals(typed)) {
            throw new InvalidCaseInput(field, "cases.applicant.error.changedMeanwhile", now.isEmpty() ? "—" : String.join(joiner, now));
        }
        return typed;
    }

    private static <T> @Nullable T field(String field, @Nullable T now, @Nullable T typed, @Nullable T shown) {
        if (java.util.Objects.equals(typed, shown)) {
            return now;
        }
        if (!java.util.Objects.equals(now, shown) && !java.util.Objects.equals(now, typed)) {
            throw new InvalidCaseInput(field, "cases.applicant.error.changedMeanwhile", now == null ? "—" : now);
        }
        return typed;
    }

    @Transactional
    List<String> save(CaseId id, ApplicantDetails changed) {
        return save(id, changed, null);
    }

    /**
     * As {@link #save(CaseId, ApplicantDetails)}, from a form that showed {@code shown}: only the fields changed on it
     * are written (a second tab opened before no longer puts back the other names or contacts saved from the first),
     * and a field changed on it that someone saved since is refused, naming what it reads now.
     */
    @Transactional
    List<String> save(CaseId id, ApplicantDetails typed, @Nullable ApplicantDetails shown) {
        CaseRef ref = cases.change(id, "case.details");
        ApplicantDetails before = table.details(ref.organizationId(), id);
        ApplicantDetails changed = shown == null ? typed : new ApplicantDetails(
                listField("otherNames", before.otherNames(), typed.otherNames(), shown.otherNames(), "; "),
                listField("handles", before.handles(), typed.handles(), shown.handles(), "; "),
                listField("languages", before.languages(), typed.languages(), shown.languages(), ", "),
                listField("familyAtRisk", before.familyAtRisk(), typed.familyAtRisk(), shown.familyAtRisk(), "; "), List.of());
        // the evidence is added one by one with its own form; this form keeps what is there
        var kept = new ApplicantDetails(changed.otherNames(), changed.handles(), changed.languages(), changed.familyAtRisk(),
                before.evidence());
        List<String> fields = revisions.record(ref.organizationId(), id, CaseRevisions.Subject.DETAILS, null, fields(before),
                fields(kept), clock.instant(), readers.current().staffId());
        table.save(ref.organizationId(), id, kept, clock.instant(), readers.current().staffId());
        cases.note(ref, fields.isEmpty() ? "details saved unchanged" : "details changed " + String.join(", ", fields));
        if (fields.contains("otherNames")) {
            events.publishEvent(new ApplicantRenamed(id, ref.organizationId()));
        }
        return fields;
    }

    @Transactional
    void addEvidence(CaseId id, ApplicantDetails.IdentityEvidence evidence) {
        CaseRef ref = cases.change(id, "case.evidence");
        var details = table.details(ref.organizationId(), id).withEvidence(evidence);
        table.save(ref.organizationId(), id, details, clock.instant(), readers.current().staffId());
        cases.note(ref, "evidence " + evidence.kind());
    }

    @Transactional
    void addNote(CaseId id, String body) {
        CaseRef ref = cases.change(id, "case.note");
        var note = new CaseNote(UUID.randomUUID(), body, clock.instant(), readers.current().staffId());
        table.add(ref.organizationId(), id, note);
        cases.note(ref, "note " + note.id());
    }

    /** Rewrites a note of the case; the text it had is kept in the note's history. */
    @Transactional
    void editNote(CaseId id, UUID noteId, String body) {
        editNote(id, noteId, body, null);
    }

    /**
     * As {@link #editNote(CaseId, UUID, String)}, from a form that showed the note as {@code shown}: a note someone
     * rewrote since the form was shown is refused (his text is kept on the form), so a second tab does not put back
     * the older text over the newer one.
     */
    @Transactional
    void editNote(CaseId id, UUID noteId, String body, @Nullable String shown) {
        CaseRef ref = cases.change(id, "case.note.edit");
        CaseNote before = table.notes(ref.organizationId(), id).stream().filter(n -> n.id().equals(noteId)).findFirst()
                .orElseThrow(NoSuchCase::new);
        if (shown != null && !same(shown, before.body()) && !same(body, before.body())) {
            throw new InvalidCaseInput("body", "cases.notes.error.changedMeanwhile");
        }
        var after = new CaseNote(noteId, body, before.writtenAt(), before.writtenBy());
        List<String> fields = revisions.record(ref.organizationId(), id, CaseRevisions.Subject.NOTE, noteId, Map.of("body", before.body()),
                Map.of("body", after.body()), clock.instant(), readers.current().staffId());
        if (!fields.isEmpty()) {
            table.rewrite(ref.organizationId(), id, after);
        }
        cases.note(ref, "note " + noteId + (fields.isEmpty() ? " unchanged" : " edited"));
    }

    /** A textarea sends its lines ended by CR LF and may add or drop a last newline: the same text either way. */
    private static boolean same(String a, String b) {
        return a.replace("\r\n", "\n").strip().equals(b.replace("\r\n", "\n").strip());
    }

    private static Map<String, String> fields(Applicant a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", a.name());
        values.put("latinName", a.latinName());
        values.put("birthDate", a.birthDate() == null ? "" : a.birthDate().toString());
        return values;
    }

    private static Map<String, String> fields(ApplicantDetails d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("otherNames", String.join("\n", d.otherNames()));
        values.put("handles", String.join("\n", d.handles()));
        values.put("languages", String.join(", ", d.languages()));
        values.put("familyAtRisk", String.join("\n", d.familyAtRisk()));
        return values;
    }
}
