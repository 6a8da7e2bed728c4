package org.passage.vetting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.units.FormationIncident;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitView;
import org.passage.vetting.FindingView.Severity;
import org.passage.vetting.internal.Phrase.Arg;

/**
 * What the knowledge base says about his unit beyond its own links: the documented links of the formation above it
 * and of the units below it (each said through which unit it comes, a concern — serious only when the source
 * documents the whole formation he served in), the dates the unit existed, and list entries matched to the unit
 * that nobody reviewed yet. Pure, like {@link FindingRules}.
 */
final class FormationRules {

    private FormationRules() {
    }

    static List<Finding.Draft> apply(PeriodFacts facts, UnitView unit) {
        List<Finding.Draft> out = new ArrayList<>();
        ServicePeriod p = facts.period();
        existence(p, unit).ifPresent(out::add);
        Set<UUID> own = facts.incidents().stream().map(UnitIncidentView::incidentId).collect(Collectors.toSet());
        for (FormationIncident f : facts.formation()) {
            if (!own.contains(f.incident().incidentId())) {
                out.add(formation(p, unit, f));
            }
        }
        if (!unit.sanctionLeads().isEmpty()) {
            Map<String, String> inputs = new LinkedHashMap<>(FindingRules.periodInputs(p));
            inputs.put("unit", unit.name());
            inputs.put("entries", String.join("; ", unit.sanctionLeads()));
            inputs.put(FindingSources.RECORD, String.join("; ", unit.sanctionLeads()));
            inputs.put(FindingSources.DATASET, "sanctions lists matched by the screening engine in the units knowledge base (not reviewed)");
            out.add(FindingRules.draft(Severity.CONCERN, "unit-sanction-leads", "unit-sanction-leads:" + p.id() + ":" + unit.id(),
                    Phrase.of("finding.unit-sanction-leads.title", Arg.text(unit.name())),
                    Phrase.of("finding.unit-sanction-leads.text", Arg.text(String.join("; ", unit.sanctionLeads())), Arg.text("/units/" + unit.id())),
                    inputs));
        }
        return out;
    }

    /** A claimed period wholly outside the dates the unit existed is a concern; partly outside, a note. */
    private static java.util.Optional<Finding.Draft> existence(ServicePeriod p, UnitView unit) {
        if (unit.existsFrom() == null && unit.existsTo() == null) {
            return java.util.Optional.empty();
        }
        var from = p.dates().earliest();
        var to = p.dates().latest();
        boolean before = unit.existsFrom() != null && from.isBefore(unit.existsFrom());
        boolean after = unit.existsTo() != null && to.isAfter(unit.existsTo());
        if (!before && !after) {
            return java.util.Optional.empty();
        }
        String existed = (unit.existsFrom() == null ? "" : "from " + unit.existsFrom()) + (unit.existsTo() == null ? "" : " to " + unit.existsTo());
        Map<String, String> inputs = new LinkedHashMap<>(FindingRules.periodInputs(p));
        inputs.put("unit", unit.name());
        inputs.put("existed", existed.strip());
        inputs.put("field", before ? "from" : "to");
        inputs.put(FindingSources.DATASET, "units knowledge base (existence dates)");
        inputs.put(FindingSources.RECORD, "unit " + unit.name() + " (" + unit.id() + ") existed " + existed.strip());
        boolean never = !unit.existedDuring(from, to);
        return java.util.Optional.of(FindingRules.draft(never ? Severity.CONCERN : Severity.INFO, "unit-not-existing",
                "unit-not-existing:" + p.id(),
                Phrase.of(never ? "finding.unit-not-existing.title" : "finding.unit-not-existing.partly", Arg.text(unit.name()), FindingRules.span(p)),
                Phrase.of(never ? "finding.unit-not-existing.text" : "finding.unit-not-existing.partlyText", Arg.text(unit.name()),
                        Arg.text(unit.existsFrom() == null ? "?" : unit.existsFrom().toString()),
                        Arg.text(unit.existsTo() == null ? "?" : unit.existsTo().toString()), Arg.text(p.dates().describe()),
                        Arg.text(before ? "from" : "to")), inputs));
    }

    private static Finding.Draft formation(ServicePeriod p, UnitView unit, FormationIncident f) {
        UnitIncidentView incident = f.incident();
        String when = FindingRules.when(incident.from(), incident.to());
        boolean parent = f.relation() == FormationIncident.Relation.PARENT;
        // a parent's link counts fully when its source documents the whole formation he served in
        Severity severity = parent && f.coversFormation() && incident.documented() ? Severity.SERIOUS : Severity.CONCERN;
        Map<String, String> inputs = new LinkedHashMap<>(FindingRules.periodInputs(p));
        inputs.put("unit", unit.name());
        inputs.put("via", f.via());
        inputs.put("relation", f.relation().name());
        inputs.put("subordination", f.subordination());
        inputs.put("coversFormation", String.valueOf(f.coversFormation()));
        inputs.put("incident", incident.title());
        inputs.put("incidentDates", when);
        inputs.put("confidence", incident.confidence().name());
        inputs.put("basis", incident.basis());
        inputs.put(FindingSources.RECORD, incident.record() + FindingRules.sourceUrl(incident.sourceUrls()));
        inputs.put(FindingSources.DATASET, incident.record().dataset() + ", units knowledge base");
        Phrase relationWords = Phrase.of(parent ? "finding.formation.parent" : "finding.formation.child");
        Arg dates = Arg.span(incident.from(), incident.to());
        return FindingRules.draft(severity, "formation-incident", "formation-incident:" + p.id() + ":" + f.viaId() + ":" + incident.incidentId(),
                Phrase.of("finding.formation-incident.title", Arg.text(f.via()), Arg.phrase(relationWords), Arg.text(incident.title()), dates),
                FindingRules.sentences(Phrase.of("finding.formation-incident.text", Arg.text(f.via()), Arg.phrase(relationWords),
                                Arg.text(unit.name()), Arg.text(f.subordination()), Arg.text(incident.title()), Arg.text(incident.placeName()), dates,
                                FindingRules.span(p)),
                        Phrase.of("finding.part.confidence", Arg.phrase(Phrase.of("finding.confidence." + incident.confidence().name())),
                                Arg.phrase(Phrase.of(incident.reviewed() ? "finding.part.reviewed" : "finding.part.notReviewed"))),
                        f.coversFormation() ? Phrase.of("finding.formation.whole") : Phrase.of("finding.formation.part", Arg.text(f.via())),
                        incident.basis().isBlank() ? null : Phrase.literal(incident.basis()),
                        FindingRules.sources(incident.sourceUrls())), inputs);
    }
}
