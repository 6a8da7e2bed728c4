package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.evidence.EvidenceItem;
import org.passage.geo.Coordinates;
import org.passage.vetting.DecisionView;
import org.passage.vetting.EvidenceView;
import org.passage.vetting.FindingView;
import org.passage.vetting.ServicePeriodView;
import org.passage.vetting.VettingRecord;
import org.passage.vetting.VettingRecords;
import org.passage.vetting.VettingStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vetting as other features read it (the dossier, reports): the read is checked and audited with its purpose. */
@Service
class PublishedVetting implements VettingRecords, VettingStatistics {

    private final VettingFiles files;
    private final Decisions decisions;
    private final FindingWords words;

    PublishedVetting(VettingFiles files, Decisions decisions, FindingWords words) {
        this.files = files;
        this.decisions = decisions;
        this.words = words;
    }

    @Override
    @Transactional
    public Optional<VettingRecord> forCase(CaseRef ticket, Locale language) {
        CaseId caseId = ticket.id();
        VettingFile file = files.of(ticket, true);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<ServicePeriodView> periods = file.periods().stream().map(p -> period(file, p)).toList();
        List<FindingView> findings = file.findings().stream().map(f -> new FindingView(f.id(), f.severity(), words.write(f.title(), language), words.write(f.explanation(), language),
                f.evidenceIds().stream().map(file.evidence()::get).filter(java.util.Objects::nonNull).map(PublishedVetting::evidence).toList(),
                // the source line in the reader's words, as the vetting page shows it (the dossier printed Passage's English)
                FindingSources.line(f.inputs(), written -> words.machine(written, language))))
                .toList();
        Optional<DecisionView> decision = file.current().map(d -> new DecisionView(d.outcome(), d.rationale(), file.staff(d.proposedBy()),
                d.proposedAt(), d.state() == Decision.State.CONFIRMED ? file.staff(d.reviewedBy()) : null,
                d.state() == Decision.State.CONFIRMED ? d.reviewedAt() : null, d.locks(),
                d.state() == Decision.State.CONFIRMED ? d.reviewFlags() : java.util.Set.of()));
        return Optional.of(new VettingRecord(caseId, periods, findings, decision));
    }

    @Override
    public Map<DecisionView.Outcome, Long> outcomesOf(UUID organizationId, LocalDate from, LocalDate to) {
        return decisions.confirmedOutcomes(organizationId, from, to);
    }

    @Override
    public TimeToDecision timeToDecision(UUID organizationId, LocalDate from, LocalDate to, int minGroup) {
        List<Long> days = decisions.daysFromFirstRunToConfirmation(organizationId, from, to);
        return new TimeToDecision(days.size(), days.size() < minGroup ? null : days.get((days.size() + 1) / 2 - 1));
    }

    private static ServicePeriodView period(VettingFile file, ServicePeriod p) {
        var unit = file.unit(p);
        Coordinates at = p.coordinates();
        return new ServicePeriodView(p.id(), p.claim().unitText(), unit == null ? null : unit.name(), unit == null ? null : unit.number(),
                p.claim().role(), p.claim().placeName(), at, p.claim().fromText(), p.claim().toText(), p.dates().earliest(),
                p.dates().latest(), p.sourceKind().name(), p.claim().sourceDescription(), p.claim().sourceIdentifiesSomeone(),
                file.territoryOf(p));
    }

    private static EvidenceView evidence(EvidenceItem i) {
        return new EvidenceView(i.id(), i.label(), i.url(), i.sha256() == null ? "" : i.sha256(), i.capturedAt(), i.capturedBy(),
                i.identifiesSource());
    }

}
