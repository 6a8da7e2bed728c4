package org.passage.dossier.internal;

import org.jspecify.annotations.Nullable;
import org.passage.cases.ApplicantRecord;
import org.passage.journeys.JourneyHistory;
import org.passage.vetting.DecisionView;
import org.passage.vetting.ServicePeriodView;
import org.passage.vetting.VettingRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Puts a dossier together from what the case, the journey and the vetting answered; refuses a vetting
 * without a confirmed, locked decision (a dossier states a decision). Free of Spring, so it is tested alone.
 */
final class DossierAssembly {

    private DossierAssembly() {
    }

    /** The decision a dossier may state, or a refusal that says what is missing. */
    static DecisionView lockedDecision(@Nullable VettingRecord vetting) {
        if (vetting == null) {
            throw new DossierRefused("case", "dossier.error.noVetting", "the case has no vetting: a dossier states a confirmed vetting decision");
        }
        DecisionView decision = vetting.decision().orElseThrow(() -> new DossierRefused("case", "dossier.error.undecided",
                "the vetting of the case has no decision yet: a dossier states a confirmed vetting decision"));
        if (!decision.locked() || decision.confirmedBy() == null || decision.confirmedAt() == null) {
            throw new DossierRefused("case", "dossier.error.undecided",
                    "the vetting decision is not confirmed by a second analyst yet: a dossier states a confirmed vetting decision");
        }
        return decision;
    }

    /**
     * {@code staffName} turns a recorded "captured by" (the evidence locker records the staff member's id) into a
     * name; {@code mapLayers} gives the map's GeoJSON for a day, or null when the geo data cannot draw it.
     */
    static Dossier assemble(Dossier.Cover cover, ApplicantRecord applicant, JourneyHistory journey, VettingRecord vetting,
                            Function<String, String> staffName, Function<LocalDate, @Nullable String> mapLayers) {
        DecisionView decision = lockedDecision(vetting);
        var identity = new Dossier.Identity(applicant.name(), applicant.latinName(), applicant.birthDate(), applicant.otherNames(),
                applicant.languages(), applicant.handles(), applicant.familyAtRisk(),
                applicant.identityEvidence().stream().map(e -> new Dossier.IdentityEvidence(e.kind(), e.description(), e.seenBy(),
                        e.seenOn(), e.isWitness())).toList());
        var stages = journey.stages().stream().map(s -> new Dossier.Step(s.from() == null ? null : s.from().name(), s.to().name(),
                s.effective(), s.reason().isBlank() ? null : s.reason())).toList();
        var stays = journey.stays().stream().map(s -> new Dossier.Stay(s.countryCode(), s.city().isBlank() ? null : s.city(), s.since())).toList();
        List<ServicePeriodView> periods = new ArrayList<>(vetting.servicePeriods());
        periods.sort(Comparator.comparing(ServicePeriodView::earliest));
        List<Dossier.Service> service = new ArrayList<>();
        for (ServicePeriodView p : periods) {
            String unit = p.unitName() != null ? p.unitName() + (p.unitNumber() != null ? " (" + p.unitNumber() + ")" : "") : p.unitText();
            service.add(new Dossier.Service(service.size() + 1, unit, p.role(), p.placeName(), p.coordinates(), p.fromText(), p.toText(),
                    p.sourceKind(), p.sourceDescription(), p.sourceIdentifiesSomeone(), p.territoryStatus()));
        }
        var findings = vetting.findings().stream().map(f -> new Dossier.Finding(f.severity().name(), f.title(),
                f.explanation() + (f.source().isEmpty() ? "" : " Source: " + f.source() + "."),
                f.evidence().stream().map(e -> new Dossier.Evidence(e.id(), e.label(), e.url(), e.sha256(), e.capturedAt(), staffName.apply(e.capturedBy()),
                        e.identifiesSource())).toList())).toList();
        LocalDate mapDate = periods.isEmpty() ? null : periods.getFirst().earliest();
        String mapSvg = null;
        var pins = service.stream().filter(s -> s.coordinates() != null).map(s -> new ServiceMap.Pin(s.number(), s.coordinates())).toList();
        if (mapDate != null && !pins.isEmpty()) {
            String layers = mapLayers.apply(mapDate);
            mapSvg = layers == null ? null : ServiceMap.svg(layers, pins);
        }
        return new Dossier(cover, identity, stages, stays, service, mapSvg, mapSvg == null ? null : mapDate, findings,
                new Dossier.Decision(decision.outcome().name(), decision.rationale(), decision.proposedBy(), decision.proposedAt(),
                        decision.confirmedBy(), decision.confirmedAt(), decision.signOffFlags().stream().map(Enum::name).sorted().toList()));
    }
}
