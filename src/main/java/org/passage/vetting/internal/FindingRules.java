package org.passage.vetting.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.geo.Coordinates;
import org.passage.geo.GeoStatus;
import org.passage.geo.Occupation;
import org.passage.geo.SnapshotCheck;
import org.passage.geo.TerritoryStatus;
import org.passage.screening.CaseScreeningResults;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitPosition;
import org.passage.units.UnitView;
import org.passage.vetting.FindingView.Severity;
import org.passage.vetting.internal.Phrase.Arg;

/**
 * The rules that turn what geo, units and screening answered into findings. Pure: the same facts always give
 * the same findings, in the same order, so a re-run shows only what changed in the facts. Each finding carries
 * its inputs (the facts it rests on) so that it can be explained long after the data moved on.
 */
final class FindingRules {

    /** Unit positions further than this from the claimed place on the same dates are a concern. */
    static final double FAR_KM = 100;
    /** Belarus was the staging area of the Kyiv offensive until the withdrawal from the north. */
    static final LocalDate BELARUS_STAGING_FROM = LocalDate.of(2022, 2, 1);
    static final LocalDate BELARUS_STAGING_TO = LocalDate.of(2022, 4, 5);
    /** The most findings the page shows for one period; the rest are summarised in one. */
    static final int PER_PERIOD = 15;
    /** Leads named in a lead finding; the unit page lists all. */
    static final int LEADS_LISTED = 5;
    /** Overlapping periods further apart than this are in different places: a concern, even when explained. */
    static final double OVERLAP_SAME_PLACE_KM = 50;

    private final int gapMonths;

    FindingRules(int gapMonths) {
        if (gapMonths < 1) {
            throw new IllegalArgumentException("the gap threshold is at least one month");
        }
        this.gapMonths = gapMonths;
    }

    List<Finding.Draft> apply(List<PeriodFacts> periods, CaseScreeningResults.@Nullable Results screening) {
        List<Finding.Draft> out = new ArrayList<>();
        if (periods.isEmpty()) {
            out.add(draft(Severity.INFO, "no-periods", "no-periods", Phrase.of("finding.no-periods.title"),
                    Phrase.of("finding.no-periods.text"), Map.of()));
        }
        List<PeriodFacts> ordered = periods.stream().sorted(Comparator.comparing(f -> f.period().dates().earliest())).toList();
        for (PeriodFacts facts : ordered) {
            List<Finding.Draft> period = new ArrayList<>();
            period.add(territory(facts));
            period.addAll(unit(facts));
            period.addAll(nearby(facts));
            out.addAll(capped(facts.period(), period));
        }
        staleData(ordered).ifPresent(out::add);
        out.addAll(overlaps(ordered));
        out.addAll(gaps(ordered));
        out.addAll(screening(screening));
        return out.stream().map(FindingSources::complete).toList();
    }

    private Finding.Draft territory(PeriodFacts facts) {
        ServicePeriod p = facts.period();
        Arg place = Arg.text(p.claim().placeName());
        Arg dates = span(p);
        String identity = "territory:" + p.id();
        Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
        TerritoryStatus t = facts.territory();
        if (t == null) {
            inputs.put("problem", String.valueOf(facts.territoryProblem()));
            return draft(Severity.CONCERN, "territory-unchecked", identity,
                    Phrase.of("finding.territory-unchecked.title", place, dates),
                    Phrase.of("finding.territory-unchecked.text.problem", Arg.text(facts.territoryProblem())), inputs);
        }
        inputs.put("status", t.status().code());
        inputs.put("occupation", t.occupation().name());
        if (t.area() != null) {
            inputs.put("area", t.area());
        }
        if (t.occupiedSince() != null) {
            inputs.put("occupiedSince", t.occupiedSince().toString());
        }
        inputs.put("snapshots", t.checks().stream().map(c -> c.snapshotDate() + (c.occupied() ? " held" : " not held")
                + (c.distanceToLineKm() == null ? "" : String.format(Locale.ROOT, " %.1f km", c.distanceToLineKm())))
                .collect(Collectors.joining("; ")));
        @Nullable Phrase notes = t.notes().isEmpty() ? null : Phrase.of("finding.part.notes", Arg.text(String.join("; ", t.notes())));
        @Nullable Phrase distance = distance(t.checks());
        Arg where = Arg.text(p.claim().placeName() + (t.area() == null ? "" : " (" + t.area() + ")"));
        // the dates the data could not answer for, cut off before geo was asked (before 2014, after the last snapshot)
        boolean cutAfter = t.period().to().isBefore(p.dates().latest());
        String allSources = t.checks().stream().map(SnapshotCheck::source).distinct().collect(Collectors.joining(", "));
        inputs.put("sources", allSources);
        if (!t.unchecked().isEmpty()) {
            inputs.put("unchecked", t.unchecked().stream().map(u -> u.from() + ".." + u.to()).collect(Collectors.joining("; ")));
        }
        // before 2014-02-20 nothing was occupied (a fact); after the last snapshot nothing is known
        if (t.status() == GeoStatus.UNCHECKED || t.status() == GeoStatus.UKRAINE && cutAfter) {
            inputs.put("status", GeoStatus.UNCHECKED.code());
            List<Phrase> spans = new ArrayList<>(t.unchecked().stream().map(u -> Phrase.of("finding.part.span", Arg.span(u.from(), u.to()))).toList());
            if (cutAfter) {
                spans.add(Phrase.of("finding.part.span", Arg.span(t.period().to().plusDays(1), p.dates().latest())));
            }
            Phrase unchecked = Phrase.of("finding.territory-unchecked.text.spans", where, Arg.items(spans));
            @Nullable Phrase checked = t.checks().isEmpty() ? null : Phrase.of("finding.territory-unchecked.text.elsewhere", Arg.text(allSources));
            return draft(Severity.CONCERN, "territory-unchecked", identity,
                    Phrase.of("finding.territory-unchecked.title.occupation", place, dates),
                    sentences(unchecked, checked, Phrase.of("finding.territory-unchecked.text.load"), notes), inputs);
        }
        return switch (t.status()) {
            case OCCUPIED_UKRAINE -> {
                String sources = t.checks().stream().filter(SnapshotCheck::occupied).map(SnapshotCheck::source).distinct()
                        .collect(Collectors.joining(", "));
                yield draft(Severity.SERIOUS, "territory-occupied", identity,
                        Phrase.of("finding.territory-occupied.title", place, dates),
                        sentences(Phrase.of("finding.territory-occupied.text", where, Arg.phrase(howLong(p, t))),
                                t.occupiedSince() == null ? null : Phrase.of("finding.part.occupiedSince", Arg.date(t.occupiedSince())),
                                sources.isEmpty() ? null : Phrase.of("finding.part.source", Arg.text(sources)),
                                cutAfter ? Phrase.of("finding.part.noDataAfter", Arg.date(t.period().to())) : null, distance, notes), inputs);
            }
            case UKRAINE -> draft(Severity.CONCERN, "territory-ukraine", identity,
                    Phrase.of("finding.territory-ukraine.title", place, dates),
                    sentences(Phrase.of("finding.territory-ukraine.text", where, Arg.text(allSources)), distance, notes), inputs);
            case UNCHECKED -> throw new IllegalStateException("answered above");
            case RUSSIA -> draft(Severity.INFO, "territory-russia", identity,
                    Phrase.of("finding.territory-russia.title", place, dates),
                    sentences(Phrase.of("finding.territory-russia.text", place), distance, notes), inputs);
            case BELARUS -> belarus(p, place, dates, identity, distance, notes, inputs);
            case OTHER -> draft(Severity.INFO, "territory-other", identity,
                    Phrase.of("finding.territory-other.title", place, dates),
                    sentences(Phrase.of("finding.territory-other.text", place, Arg.text(t.country() == null ? "—" : t.country())), notes), inputs);
        };
    }

    /**
     * For how much of the period the place was held, from the snapshots that show it held (each stands for the days
     * until the next one): the whole period, "from X only" (occupied later than the period began: Sevastopol from
     * 2014-02-20 for a 2012–2015 period), "until Y only", "from X to Y only", or part of it when held and free
     * alternate.
     */
    private static Phrase howLong(ServicePeriod p, TerritoryStatus t) {
        List<SnapshotCheck> checks = t.checks().stream().sorted(Comparator.comparing(SnapshotCheck::snapshotDate)).toList();
        List<SnapshotCheck> held = checks.stream().filter(SnapshotCheck::occupied).toList();
        LocalDate from;
        LocalDate to;
        if (t.occupation() == Occupation.ALL || held.isEmpty()) {
            from = t.period().from();
            to = t.period().to();
        } else {
            int first = checks.indexOf(held.getFirst());
            int last = checks.indexOf(held.getLast());
            if (last - first + 1 != held.size()) {
                return Phrase.of("finding.occupied.part", Arg.count(held.size()), Arg.count(checks.size()));
            }
            from = first == 0 ? t.period().from() : max(held.getFirst().inForceFrom(), t.period().from());
            to = last == checks.size() - 1 ? t.period().to() : min(held.getLast().inForceTo(), t.period().to());
        }
        boolean fromStart = !from.isAfter(p.dates().earliest());
        boolean toEnd = !to.isBefore(p.dates().latest());
        if (fromStart && toEnd) {
            return Phrase.of("finding.occupied.whole");
        }
        if (toEnd) {
            return Phrase.of("finding.occupied.fromOnly", Arg.date(from));
        }
        if (fromStart) {
            return Phrase.of("finding.occupied.untilOnly", Arg.date(to));
        }
        return Phrase.of("finding.occupied.between", Arg.date(from), Arg.date(to));
    }

    /** One warning per run when the occupied-territory data behind its answers is older than allowed. */
    private static java.util.Optional<Finding.Draft> staleData(List<PeriodFacts> periods) {
        List<String> warnings = periods.stream().map(PeriodFacts::territory).filter(java.util.Objects::nonNull)
                .flatMap(t -> t.warnings().stream()).distinct().toList();
        if (warnings.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(draft(Severity.CONCERN, "territory-data-stale", "territory-data-stale",
                Phrase.of("finding.territory-data-stale.title"),
                Phrase.of("finding.territory-data-stale.text", Arg.text(String.join("; ", warnings))),
                Map.of("warnings", String.join("; ", warnings))));
    }

    private static Finding.Draft belarus(ServicePeriod p, Arg place, Arg dates, String identity, @Nullable Phrase distance,
                                         @Nullable Phrase notes, Map<String, String> inputs) {
        boolean staging = !p.dates().latest().isBefore(BELARUS_STAGING_FROM) && !p.dates().earliest().isAfter(BELARUS_STAGING_TO);
        if (staging) {
            return draft(Severity.CONCERN, "territory-belarus-staging", identity,
                    Phrase.of("finding.territory-belarus-staging.title", place, dates),
                    sentences(Phrase.of("finding.territory-belarus-staging.text", place, Arg.date(BELARUS_STAGING_FROM),
                            Arg.date(BELARUS_STAGING_TO)), distance, notes), inputs);
        }
        return draft(Severity.INFO, "territory-belarus", identity, Phrase.of("finding.territory-belarus.title", place, dates),
                sentences(Phrase.of("finding.territory-belarus.text", place), distance, notes), inputs);
    }

    private List<Finding.Draft> unit(PeriodFacts facts) {
        ServicePeriod p = facts.period();
        List<Finding.Draft> out = new ArrayList<>();
        var unit = facts.unit();
        if (unit == null) {
            out.add(draft(Severity.CONCERN, "unit-unknown", "unit-unknown:" + p.id(),
                    Phrase.of("finding.unit-unknown.title", Arg.text(p.claim().unitText()), span(p)),
                    Phrase.of("finding.unit-unknown.text"), periodInputs(p)));
            return out;
        }
        List<UnitIncidentView> leads = new ArrayList<>();
        for (UnitIncidentView incident : facts.incidents()) {
            if (incident.inferred() && !incident.documented()) {
                leads.add(incident);
                continue;
            }
            // documented (confirmed) links are serious; a link an analyst recorded as only probable or possible is a concern
            Severity severity = incident.documented() ? Severity.SERIOUS : Severity.CONCERN;
            Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
            inputs.put("unit", unit.name());
            inputs.put("unitId", unit.id().toString());
            inputs.put("incident", incident.title());
            inputs.put("incidentDates", when(incident.from(), incident.to()));
            inputs.put("confidence", incident.confidence().name());
            inputs.put("reviewed", String.valueOf(incident.reviewed()));
            inputs.put("basis", incident.basis());
            inputs.put("sources", String.join(" ", incident.sourceUrls()));
            inputs.put(FindingSources.RECORD, incident.record() + sourceUrl(incident.sourceUrls()));
            inputs.put(FindingSources.DATASET, incident.record().dataset() + ", units knowledge base");
            Arg incidentDates = Arg.span(incident.from(), incident.to());
            out.add(draft(severity, "unit-incident", "unit-incident:" + p.id() + ":" + incident.incidentId(),
                    Phrase.of("finding.unit-incident.title", Arg.text(unit.name()), Arg.text(incident.title()), incidentDates),
                    sentences(Phrase.of("finding.unit-incident.text", Arg.text(unit.name()), Arg.text(incident.title()),
                                    Arg.text(incident.placeName()), incidentDates, span(p)),
                            Phrase.of("finding.part.confidence", Arg.phrase(Phrase.of("finding.confidence." + incident.confidence().name())),
                                    Arg.phrase(Phrase.of(incident.reviewed() ? "finding.part.reviewed" : "finding.part.notReviewed"))),
                            incident.summary().isBlank() ? null : Phrase.literal(incident.summary()),
                            sources(incident.sourceUrls())),
                    inputs));
        }
        if (!leads.isEmpty()) {
            out.add(leads(p, unit, leads));
        }
        if (!unit.sanctionEntries().isEmpty()) {
            out.add(draft(Severity.CONCERN, "unit-sanctioned", "unit-sanctioned:" + p.id() + ":" + unit.id(),
                    Phrase.of("finding.unit-sanctioned.title", Arg.text(unit.name())),
                    Phrase.of("finding.unit-sanctioned.text", Arg.text(String.join("; ", unit.sanctionEntries()))),
                    Map.of("unit", unit.name(), "entries", String.join("; ", unit.sanctionEntries()), "period", p.id().toString())));
        }
        out.addAll(FormationRules.apply(facts, unit));
        positions(facts, unit.name()).ifPresent(out::add);
        return out;
    }

    /**
     * Incidents documented near the claimed place during the period, whatever his unit: each established one (an
     * analyst's from an investigation or court, or confirmed linked to a unit) is serious on its own; those imported
     * from OSINT datasets are one concern listing the nearest; unsourced ones are information. Incidents already
     * named through his unit are left out. Severity follows the documentation, never the distance alone.
     */
    private static List<Finding.Draft> nearby(PeriodFacts facts) {
        ServicePeriod p = facts.period();
        var named = facts.incidents().stream().filter(i -> !i.inferred() || i.documented()).map(UnitIncidentView::incidentId)
                .collect(Collectors.toSet());
        List<NearbyIncident> left = facts.nearby().stream().filter(i -> !named.contains(i.incidentId())).toList();
        List<Finding.Draft> out = new ArrayList<>();
        for (NearbyIncident i : left) {
            if (i.documentation() != NearbyIncident.Documentation.ESTABLISHED) {
                continue;
            }
            Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
            inputs.put("incident", i.title());
            inputs.put("incidentDates", when(i.from(), i.to()));
            inputs.put("incidentPlace", i.placeName() + " " + i.coordinates());
            inputs.put("distanceKm", String.format(Locale.ROOT, "%.1f", i.distanceKm()));
            inputs.put("documentation", i.documentation().name());
            inputs.put(FindingSources.DATASET, i.record().dataset() + ", units knowledge base");
            inputs.put(FindingSources.RECORD, i.record() + sourceUrl(i.sourceUrls()));
            Arg incidentDates = Arg.span(i.from(), i.to());
            out.add(draft(Severity.SERIOUS, "place-incident", "place-incident:" + p.id() + ":" + i.incidentId(),
                    Phrase.of("finding.place-incident.title", Arg.km(i.distanceKm()), Arg.text(p.claim().placeName()), Arg.text(i.title()),
                            incidentDates),
                    sentences(Phrase.of("finding.place-incident.text", Arg.text(i.title()), Arg.text(i.placeName()), incidentDates,
                                    Arg.text(i.record().toString()), Arg.km(i.distanceKm()), span(p)),
                            i.summary().isBlank() ? null : Phrase.literal(i.summary()), sources(i.sourceUrls())),
                    inputs));
        }
        List<NearbyIncident> reported = left.stream().filter(i -> i.documentation() != NearbyIncident.Documentation.ESTABLISHED).toList();
        if (!reported.isEmpty()) {
            boolean sourced = reported.stream().anyMatch(i -> i.documentation() == NearbyIncident.Documentation.SOURCED);
            double farthest = reported.stream().mapToDouble(NearbyIncident::distanceKm).max().orElse(0);
            Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
            inputs.put("incidents", String.valueOf(reported.size()));
            inputs.put("listed", reported.stream().map(i -> String.format(Locale.ROOT, "%s %s %.1f km %s%s", i.record(), when(i.from(), i.to()),
                    i.distanceKm(), i.documentation(), sourceUrl(i.sourceUrls()))).collect(Collectors.joining("; ")));
            inputs.put(FindingSources.DATASET, reported.stream().map(i -> i.record().dataset()).distinct().collect(Collectors.joining(", ")));
            inputs.put(FindingSources.RECORD, records(reported.stream().map(i -> i.record().toString()).toList()));
            List<Phrase> list = reported.stream().limit(LEADS_LISTED).map(i -> Phrase.of("finding.part.incidentAt", Arg.text(i.title()),
                    Arg.text(i.placeName()), Arg.span(i.from(), i.to()), Arg.km(i.distanceKm()), Arg.text(i.record() + sourceUrl(i.sourceUrls()))))
                    .toList();
            int more = reported.size() - list.size();
            out.add(draft(sourced ? Severity.CONCERN : Severity.INFO, "place-incidents", "place-incidents:" + p.id(),
                    Phrase.of("finding.place-incidents.title", Arg.count(reported.size()), Arg.count((long) Math.ceil(farthest)),
                            Arg.text(p.claim().placeName())),
                    sentences(Phrase.of("finding.place-incidents.text", span(p)), Phrase.of("finding.part.list", Arg.items(list)),
                            more > 0 ? Phrase.of("finding.part.moreInInputs", Arg.count(more)) : null),
                    inputs));
        }
        return out;
    }

    /**
     * Links the import inferred from proximity alone, as one lead per unit and period: a concern to review, never a
     * red flag. Proximity is not participation; an analyst confirms or rejects each link in the review queue.
     */
    private static Finding.Draft leads(ServicePeriod p, UnitView unit, List<UnitIncidentView> leads) {
        List<UnitIncidentView> listed = leads.stream().limit(LEADS_LISTED).toList();
        Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
        inputs.put("unit", unit.name());
        inputs.put("unitId", unit.id().toString());
        inputs.put("leads", String.valueOf(leads.size()));
        inputs.put("leadIncidents", leads.stream().map(i -> i.incidentId().toString()).collect(Collectors.joining(" ")));
        inputs.put("incidents", leads.stream().map(i -> i.record() + " " + when(i.from(), i.to()) + " " + i.confidence()
                + sourceUrl(i.sourceUrls()) + " — " + i.basis()).collect(Collectors.joining("; ")));
        inputs.put(FindingSources.DATASET, leads.stream().map(i -> i.record().dataset()).distinct().collect(Collectors.joining(", "))
                + ", units knowledge base (inferred links)");
        inputs.put(FindingSources.RECORD, records(leads.stream().map(i -> i.record().toString()).toList()));
        List<Phrase> list = listed.stream().map(i -> Phrase.of("finding.part.leadAt", Arg.text(i.title()), Arg.text(i.placeName()),
                Arg.span(i.from(), i.to()), Arg.phrase(Phrase.of("finding.confidence." + i.confidence().name())),
                Arg.text(i.record() + sourceUrl(i.sourceUrls())))).toList();
        int more = leads.size() - listed.size();
        return draft(Severity.CONCERN, "unit-incident-leads", "unit-incident-leads:" + p.id() + ":" + unit.id(),
                Phrase.of("finding.unit-incident-leads.title", Arg.count(leads.size()), Arg.text(unit.name()), span(p)),
                sentences(Phrase.of("finding.unit-incident-leads.text", Arg.text(unit.name()), Arg.count(leads.size())),
                        Phrase.of("finding.part.list", Arg.items(list)),
                        more > 0 ? Phrase.of("finding.part.moreInQueue", Arg.count(more)) : null),
                inputs);
    }

    /**
     * At most {@link #PER_PERIOD} findings for one period: the most severe are kept in the rules' order, the rest
     * become one summary that counts them by kind (its severity the highest among them, so nothing serious is buried).
     */
    static List<Finding.Draft> capped(ServicePeriod p, List<Finding.Draft> findings) {
        if (findings.size() <= PER_PERIOD) {
            return findings;
        }
        List<Finding.Draft> bySeverity = findings.stream().sorted(Comparator.comparing((Finding.Draft f) -> f.severity()).reversed()).toList();
        List<Finding.Draft> kept = bySeverity.subList(0, PER_PERIOD - 1);
        List<Finding.Draft> rest = bySeverity.subList(PER_PERIOD - 1, bySeverity.size());
        Severity highest = rest.getFirst().severity();
        Map<String, Long> counts = rest.stream().collect(Collectors.groupingBy(Finding.Draft::kind, java.util.TreeMap::new, Collectors.counting()));
        Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
        inputs.put("counts", counts.toString());
        inputs.put("summarised", rest.stream().map(f -> f.identity() + " " + f.severity()).collect(Collectors.joining("; ")));
        inputs.put(FindingSources.DATASET, rest.stream().map(f -> f.inputs().getOrDefault(FindingSources.DATASET, "")).filter(d -> !d.isEmpty())
                .distinct().collect(Collectors.joining("; ")));
        inputs.put(FindingSources.RECORD, rest.stream().map(f -> f.inputs().getOrDefault(FindingSources.RECORD, "")).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("; ")));
        List<Finding.Draft> out = new ArrayList<>(findings.stream().filter(kept::contains).toList());
        List<Phrase> byKind = counts.entrySet().stream().map(e -> Phrase.of("finding.part.kindCount", Arg.count(e.getValue()),
                Arg.phrase(Phrase.of("finding.kind." + e.getKey())))).toList();
        out.add(draft(highest, "period-more", "period-more:" + p.id(),
                Phrase.of("finding.period-more.title", Arg.count(rest.size()), Arg.text(p.claim().placeName()), span(p)),
                Phrase.of("finding.period-more.text", Arg.items(byKind)), inputs));
        return out;
    }

    /**
     * Periods on overlapping dates in different places, kept because the analyst explained the overlap: a concern
     * naming both, so the explanation is read by the second analyst too.
     */
    private static List<Finding.Draft> overlaps(List<PeriodFacts> ordered) {
        List<Finding.Draft> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                ServicePeriod a = ordered.get(i).period();
                ServicePeriod b = ordered.get(j).period();
                if (!a.dates().overlaps(b.dates()) || a.coordinates() == null || b.coordinates() == null
                        || kilometres(a.coordinates(), b.coordinates()) <= OVERLAP_SAME_PLACE_KM) {
                    continue;
                }
                Map<String, String> inputs = new LinkedHashMap<>();
                inputs.put("periods", a.id() + " " + b.id());
                inputs.put("places", a.claim().placeName() + "; " + b.claim().placeName());
                inputs.put("distanceKm", String.format(Locale.ROOT, "%.1f", kilometres(a.coordinates(), b.coordinates())));
                inputs.put("note", a.claim().overlapNote().isBlank() ? b.claim().overlapNote() : a.claim().overlapNote());
                inputs.put(FindingSources.DATASET, "service periods recorded for this case (his statement)");
                inputs.put(FindingSources.RECORD, "periods " + a.id() + " and " + b.id());
                String note = inputs.get("note");
                out.add(draft(Severity.CONCERN, "periods-overlap", "periods-overlap:" + a.id() + ":" + b.id(),
                        Phrase.of("finding.periods-overlap.title", Arg.text(a.claim().placeName()), Arg.text(b.claim().placeName())),
                        Phrase.of("finding.periods-overlap.text", Arg.text(a.claim().placeName()), span(a), Arg.text(b.claim().placeName()),
                                span(b), Arg.km(kilometres(a.coordinates(), b.coordinates())), Arg.text(note.isBlank() ? "—" : note)),
                        inputs));
            }
        }
        return out;
    }

    /** The first records by name, the rest counted (all of them are in the finding's other inputs). */
    private static String records(List<String> records) {
        return records.stream().limit(LEADS_LISTED).collect(Collectors.joining(", "))
                + (records.size() > LEADS_LISTED ? " and " + (records.size() - LEADS_LISTED) + " more (listed in the inputs)" : "");
    }

    static String when(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }

    static String sourceUrl(List<String> urls) {
        return urls.isEmpty() ? "" : " " + urls.getFirst();
    }

    static Phrase sources(List<String> urls) {
        return urls.isEmpty() ? Phrase.of("finding.part.noPublisher") : Phrase.of("finding.part.sources", Arg.text(String.join(", ", urls)));
    }

    private java.util.Optional<Finding.Draft> positions(PeriodFacts facts, String unitName) {
        Coordinates claimed = facts.period().coordinates();
        if (claimed == null || facts.positions().isEmpty()) {
            return java.util.Optional.empty();
        }
        UnitPosition farthest = facts.positions().stream().max(Comparator.comparingDouble(u -> kilometres(claimed, u.coordinates()))).orElseThrow();
        double km = kilometres(claimed, farthest.coordinates());
        ServicePeriod p = facts.period();
        Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
        inputs.put("positions", facts.positions().stream().map(u -> u.date() + " " + u.coordinates() + " (" + u.source() + ")")
                .collect(Collectors.joining("; ")));
        if (km > FAR_KM) {
            return java.util.Optional.of(draft(Severity.CONCERN, "unit-far", "unit-far:" + p.id(),
                    Phrase.of("finding.unit-far.title", Arg.text(unitName), Arg.km(km), Arg.text(p.claim().placeName()), Arg.date(farthest.date())),
                    Phrase.of("finding.unit-far.text", Arg.text(farthest.source()), Arg.text(unitName), Arg.text(farthest.coordinates().toString()),
                            Arg.date(farthest.date()), Arg.km(km)), inputs));
        }
        return java.util.Optional.of(draft(Severity.INFO, "unit-near", "unit-near:" + p.id(),
                Phrase.of("finding.unit-near.title", Arg.text(unitName), Arg.text(p.claim().placeName())),
                Phrase.of("finding.unit-near.text", Arg.count(facts.positions().size()), Arg.km(Math.max(km, 1))), inputs));
    }

    private List<Finding.Draft> gaps(List<PeriodFacts> ordered) {
        List<Finding.Draft> out = new ArrayList<>();
        LocalDate coveredTo = null;
        for (PeriodFacts f : ordered) {
            ClaimedDates d = f.period().dates();
            if (coveredTo != null && d.earliest().isAfter(coveredTo.plusDays(1))) {
                LocalDate gapFrom = coveredTo.plusDays(1);
                LocalDate gapTo = d.earliest().minusDays(1);
                long months = Period.between(gapFrom, gapTo.plusDays(1)).toTotalMonths();
                if (gapTo.plusDays(1).isAfter(gapFrom.plusMonths(gapMonths))) {
                    out.add(draft(Severity.CONCERN, "gap", "gap:" + gapFrom + ":" + gapTo,
                            Phrase.of("finding.gap.title", Arg.count(months), Arg.span(gapFrom, gapTo)),
                            Phrase.of("finding.gap.text", Arg.date(gapFrom), Arg.date(gapTo)),
                            Map.of("from", gapFrom.toString(), "to", gapTo.toString(), "thresholdMonths", String.valueOf(gapMonths))));
                }
            }
            coveredTo = coveredTo == null || d.latest().isAfter(coveredTo) ? d.latest() : coveredTo;
        }
        return out;
    }

    private static List<Finding.Draft> screening(CaseScreeningResults.@Nullable Results results) {
        List<Finding.Draft> out = new ArrayList<>();
        if (results == null) {
            out.add(draft(Severity.INFO, "screening-unavailable", "screening-unavailable", Phrase.of("finding.screening-unavailable.title"),
                    Phrase.of("finding.screening-unavailable.text"), Map.of()));
            return out;
        }
        if (!results.indexReady()) {
            out.add(draft(Severity.INFO, "screening-loading", "screening-loading", Phrase.of("finding.screening-loading.title"),
                    Phrase.of("finding.screening-loading.text"), Map.of()));
        }
        for (var hit : results.hits()) {
            Map<String, String> inputs = Map.of("list", hit.list(), "entity", hit.entityId(), "caption", hit.caption(),
                    "score", String.format(Locale.ROOT, "%.2f", hit.score()), "review", hit.review().name(), "source", hit.source());
            boolean confirmed = hit.review() == CaseScreeningResults.CaseHit.Review.CONFIRMED;
            String kind = confirmed ? "screening-confirmed" : "screening-unreviewed";
            out.add(draft(confirmed ? Severity.SERIOUS : Severity.CONCERN, kind, "screening:" + hit.list() + ":" + hit.entityId(),
                    Phrase.of("finding." + kind + ".title", Arg.text(hit.list()), Arg.text(hit.caption())),
                    signed(Phrase.of("finding." + kind + ".text", Arg.text(hit.list()), Arg.text(hit.caption()), Arg.score(hit.score())),
                            confirmed ? hit.signers() : null), inputs));
        }
        return out;
    }

    /** A confirmed hit's explanation says who decided it and who confirmed it as the second person (or that one person did). */
    private static Phrase signed(Phrase text, CaseScreeningResults.CaseHit.@Nullable Signers signers) {
        if (signers == null) {
            return text;
        }
        return sentences(text, signers.confirmedBy() == null
                ? Phrase.of("finding.screening.signedAlone", Arg.text(signers.decidedBy()))
                : Phrase.of("finding.screening.signedBy", Arg.text(signers.decidedBy()), Arg.text(signers.confirmedBy())));
    }

    private static @Nullable Phrase distance(List<SnapshotCheck> checks) {
        var nearest = checks.stream().map(SnapshotCheck::distanceToLineKm).filter(java.util.Objects::nonNull)
                .min(Double::compare);
        return nearest.map(km -> Phrase.of("finding.part.lineDistance", Arg.km(km))).orElse(null);
    }

    static Phrase sentences(@Nullable Phrase... parts) {
        return Phrase.of("finding.sentences", Arg.sentences(java.util.Arrays.asList(parts)));
    }

    static Arg span(ServicePeriod p) {
        return Arg.span(p.dates().earliest(), p.dates().latest());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static Map<String, String> periodInputs(ServicePeriod p) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("period", p.id().toString());
        inputs.put("place", p.claim().placeName());
        if (p.coordinates() != null) {
            inputs.put("coordinates", p.coordinates().toString());
        }
        inputs.put("dates", p.dates().describe());
        inputs.put("unitText", p.claim().unitText());
        return inputs;
    }

    static Finding.Draft draft(Severity severity, String kind, String identity, Phrase title, Phrase explanation,
                                       Map<String, String> inputs) {
        return new Finding.Draft(severity, kind, identity, title, explanation, inputs);
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    static double kilometres(Coordinates a, Coordinates b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static boolean isOccupied(TerritoryStatus t) {
        return t.status() == GeoStatus.OCCUPIED_UKRAINE;
    }
}
