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
            out.add(draft(Severity.INFO, "no-periods", "no-periods", "No service period recorded",
                    "Nothing was checked: record where and when he served first.", Map.of()));
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
        out.addAll(gaps(ordered));
        out.addAll(screening(screening));
        return out.stream().map(FindingSources::complete).toList();
    }

    private Finding.Draft territory(PeriodFacts facts) {
        ServicePeriod p = facts.period();
        String place = p.claim().placeName();
        String dates = p.dates().earliest() + ".." + p.dates().latest();
        String identity = "territory:" + p.id();
        Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
        TerritoryStatus t = facts.territory();
        if (t == null) {
            inputs.put("problem", String.valueOf(facts.territoryProblem()));
            return draft(Severity.CONCERN, "territory-unchecked", identity,
                    "Claimed service in " + place + " " + dates + ": not checked",
                    "Where the place lay could not be checked: " + facts.territoryProblem() + ". Check it by hand.", inputs);
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
        String why = String.join("; ", t.notes());
        String distance = distance(t.checks());
        String where = t.area() == null ? "" : " (" + t.area() + ")";
        // the dates the data could not answer for, cut off before geo was asked (before 2014, after the last snapshot)
        boolean cutBefore = t.period().from().isAfter(p.dates().earliest());
        boolean cutAfter = t.period().to().isBefore(p.dates().latest());
        String allSources = t.checks().stream().map(SnapshotCheck::source).distinct().collect(Collectors.joining(", "));
        inputs.put("sources", allSources);
        if (!t.unchecked().isEmpty()) {
            inputs.put("unchecked", t.unchecked().stream().map(u -> u.from() + ".." + u.to()).collect(Collectors.joining("; ")));
        }
        // before 2014-02-20 nothing was occupied (a fact); after the last snapshot nothing is known
        if (t.status() == GeoStatus.UNCHECKED || t.status() == GeoStatus.UKRAINE && cutAfter) {
            inputs.put("status", GeoStatus.UNCHECKED.code());
            List<String> spans = new ArrayList<>(t.unchecked().stream().map(u -> u.from() + ".." + u.to()).toList());
            if (cutAfter) {
                spans.add(t.period().to().plusDays(1) + ".." + p.dates().latest());
            }
            String unchecked = String.join(", ", spans);
            String checked = t.checks().isEmpty() ? "" : " On the other dates no snapshot shows it occupied (source: "
                    + allSources + ").";
            return draft(Severity.CONCERN, "territory-unchecked", identity,
                    "Claimed service in " + place + " " + dates + ": occupation not checked",
                    place + where + ": no occupied-territory data covers " + unchecked
                            + ", so Passage cannot say whether it was occupied then." + checked
                            + " Load the data (./passage data update) and run the vetting again, or check by hand." + notes(why), inputs);
        }
        return switch (t.status()) {
            case OCCUPIED_UKRAINE -> {
                long held = t.checks().stream().filter(SnapshotCheck::occupied).count();
                String sources = t.checks().stream().filter(SnapshotCheck::occupied).map(SnapshotCheck::source).distinct()
                        .collect(Collectors.joining(", "));
                String part = t.occupation() == Occupation.PART
                        ? "for part of the period: " + held + " of " + t.checks().size() + " snapshots show it held"
                        : cutBefore || cutAfter ? "from " + t.period().from() + " to " + t.period().to()
                        + " only (" + (cutBefore ? "nothing was occupied before " + t.period().from() : "")
                        + (cutBefore && cutAfter ? "; " : "") + (cutAfter ? "no data after " + t.period().to() : "") + ")"
                        : "for the whole period";
                yield draft(Severity.SERIOUS, "territory-occupied", identity,
                        "Claimed service in " + place + " " + dates + ": occupied Ukraine at those dates",
                        place + where + " lay in Russian-occupied Ukraine " + part
                                + (t.occupiedSince() == null ? "" : ", occupied since " + t.occupiedSince())
                                + (sources.isEmpty() ? "" : " (source: " + sources + ")") + "." + distance + notes(why), inputs);
            }
            case UKRAINE -> draft(Severity.CONCERN, "territory-ukraine", identity,
                    "Claimed service in " + place + " " + dates + ": Ukraine outside the occupied area",
                    place + where + " was held by Ukraine on every snapshot of those dates (source: " + allSources
                            + "): a Russian unit there was in combat, or the place or dates are wrong." + distance + notes(why), inputs);
            case UNCHECKED -> throw new IllegalStateException("answered above");
            case RUSSIA -> draft(Severity.INFO, "territory-russia", identity,
                    "Claimed service in " + place + " " + dates + ": in Russia",
                    place + " lies in Russia" + (t.country() == null ? "" : " (" + t.country() + ")") + "." + distance + notes(why), inputs);
            case BELARUS -> belarus(p, place, dates, identity, distance + notes(why), inputs);
            case OTHER -> draft(Severity.INFO, "territory-other", identity,
                    "Claimed service in " + place + " " + dates + ": outside Russia, Belarus and Ukraine",
                    place + " lies in " + (t.country() == null ? "no country's outline" : t.country()) + "." + notes(why), inputs);
        };
    }

    /** One warning per run when the occupied-territory data behind its answers is older than allowed. */
    private static java.util.Optional<Finding.Draft> staleData(List<PeriodFacts> periods) {
        List<String> warnings = periods.stream().map(PeriodFacts::territory).filter(java.util.Objects::nonNull)
                .flatMap(t -> t.warnings().stream()).distinct().toList();
        if (warnings.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(draft(Severity.CONCERN, "territory-data-stale", "territory-data-stale",
                "Occupied-territory data older than allowed",
                "Warning: " + String.join("; ", warnings) + ". Answers for recent dates may be out of date.",
                Map.of("warnings", String.join("; ", warnings))));
    }

    private static Finding.Draft belarus(ServicePeriod p, String place, String dates, String identity, String more,
                                         Map<String, String> inputs) {
        boolean staging = !p.dates().latest().isBefore(BELARUS_STAGING_FROM) && !p.dates().earliest().isAfter(BELARUS_STAGING_TO);
        if (staging) {
            return draft(Severity.CONCERN, "territory-belarus-staging", identity,
                    "Claimed service in " + place + " " + dates + ": Belarus while it was a staging area",
                    place + " lies in Belarus; from " + BELARUS_STAGING_FROM + " to " + BELARUS_STAGING_TO
                            + " Russian units staged there for, and withdrew from, the offensive on Kyiv." + more, inputs);
        }
        return draft(Severity.INFO, "territory-belarus", identity, "Claimed service in " + place + " " + dates + ": in Belarus",
                place + " lies in Belarus." + more, inputs);
    }

    private List<Finding.Draft> unit(PeriodFacts facts) {
        ServicePeriod p = facts.period();
        List<Finding.Draft> out = new ArrayList<>();
        var unit = facts.unit();
        if (unit == null) {
            out.add(draft(Severity.CONCERN, "unit-unknown", "unit-unknown:" + p.id(),
                    "Unknown unit \"" + p.claim().unitText() + "\" (" + p.dates().earliest() + ".." + p.dates().latest() + ")",
                    "The unit he named is not in the unit knowledge base (or was left unresolved), so its incidents and"
                            + " positions could not be checked. Identify it by its number (в/ч) or add it to the knowledge base.",
                    periodInputs(p)));
            return out;
        }
        String period = p.dates().earliest() + ".." + p.dates().latest();
        List<UnitIncidentView> leads = new ArrayList<>();
        for (UnitIncidentView incident : facts.incidents()) {
            if (incident.inferred()) {
                leads.add(incident);
                continue;
            }
            // documented (confirmed) links are serious; a link an analyst recorded as only probable or possible is a concern
            Severity severity = incident.documented() ? Severity.SERIOUS : Severity.CONCERN;
            String when = when(incident.from(), incident.to());
            Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
            inputs.put("unit", unit.name());
            inputs.put("incident", incident.title());
            inputs.put("incidentDates", when);
            inputs.put("confidence", incident.confidence().name());
            inputs.put("reviewed", String.valueOf(incident.reviewed()));
            inputs.put("basis", incident.basis());
            inputs.put("sources", String.join(" ", incident.sourceUrls()));
            inputs.put(FindingSources.RECORD, incident.record() + sourceUrl(incident.sourceUrls()));
            inputs.put(FindingSources.DATASET, incident.record().dataset() + ", units knowledge base");
            out.add(draft(severity, "unit-incident", "unit-incident:" + p.id() + ":" + incident.incidentId(),
                    "Unit " + unit.name() + " is linked to " + incident.title() + " (" + when + ") during his claimed service",
                    "The knowledge base links " + unit.name() + " to " + incident.title() + " in " + incident.placeName()
                            + " (" + when + "), overlapping his claimed service " + period + ". Link confidence: "
                            + incident.confidence().name().toLowerCase(Locale.ROOT) + ", "
                            + (incident.reviewed() ? "reviewed by an analyst" : "not yet reviewed by an analyst") + ". "
                            + incident.summary() + (incident.sourceUrls().isEmpty()
                            ? " Source: the unit knowledge base only — no publisher link is recorded for this incident; find one before relying on it."
                            : " Sources: " + String.join(", ", incident.sourceUrls())),
                    inputs));
        }
        if (!leads.isEmpty()) {
            out.add(leads(p, unit, leads));
        }
        if (!unit.sanctionEntries().isEmpty()) {
            out.add(draft(Severity.CONCERN, "unit-sanctioned", "unit-sanctioned:" + p.id() + ":" + unit.id(),
                    "Unit " + unit.name() + " is under sanctions",
                    "Listed as: " + String.join("; ", unit.sanctionEntries()) + ". Sanctions name the unit, not him.",
                    Map.of("unit", unit.name(), "entries", String.join("; ", unit.sanctionEntries()))));
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
        var named = facts.incidents().stream().map(UnitIncidentView::incidentId).collect(Collectors.toSet());
        List<NearbyIncident> left = facts.nearby().stream().filter(i -> !named.contains(i.incidentId())).toList();
        List<Finding.Draft> out = new ArrayList<>();
        String period = p.dates().earliest() + ".." + p.dates().latest();
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
            out.add(draft(Severity.SERIOUS, "place-incident", "place-incident:" + p.id() + ":" + i.incidentId(),
                    String.format(Locale.ROOT, "Documented incident %.0f km from %s during his claimed service: %s (%s)",
                            i.distanceKm(), p.claim().placeName(), i.title(), when(i.from(), i.to())),
                    String.format(Locale.ROOT, "%s in %s (%s) is established (%s) and lies %.1f km from where he says he served"
                                    + " %s, whatever his unit. Being there is not taking part: ask what he saw and did, and"
                                    + " check his unit against the incident. %s%s", i.title(), i.placeName(), when(i.from(), i.to()),
                            i.record(), i.distanceKm(), period, i.summary(),
                            i.sourceUrls().isEmpty() ? "" : " Sources: " + String.join(", ", i.sourceUrls())),
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
            String list = reported.stream().limit(LEADS_LISTED).map(i -> String.format(Locale.ROOT, "%s in %s (%s, %.1f km; %s)%s", i.title(),
                    i.placeName(), when(i.from(), i.to()), i.distanceKm(), i.record(), sourceUrl(i.sourceUrls()))).collect(Collectors.joining("; "));
            int more = reported.size() - Math.min(reported.size(), LEADS_LISTED);
            out.add(draft(sourced ? Severity.CONCERN : Severity.INFO, "place-incidents", "place-incidents:" + p.id(),
                    String.format(Locale.ROOT, "%d reported incident%s within %.0f km of %s during his claimed service", reported.size(),
                            reported.size() == 1 ? "" : "s", Math.ceil(farthest), p.claim().placeName()),
                    "Civilian harm reported near the place and dates he gave (" + period + ", incidents reported up to a week later"
                            + " included), found by place and time whatever his unit; open-source reports, not established by an"
                            + " investigation. Ask what he saw and did there. " + list + (more > 0 ? "; and " + more + " more in this finding's inputs." : "."),
                    inputs));
        }
        return out;
    }

    /**
     * Links the import inferred from proximity alone, as one lead per unit and period: a concern to review, never a
     * red flag. Proximity is not participation; an analyst confirms or rejects each link on the unit page.
     */
    private static Finding.Draft leads(ServicePeriod p, UnitView unit, List<UnitIncidentView> leads) {
        List<UnitIncidentView> listed = leads.stream().limit(LEADS_LISTED).toList();
        Map<String, String> inputs = new LinkedHashMap<>(periodInputs(p));
        inputs.put("unit", unit.name());
        inputs.put("unitId", unit.id().toString());
        inputs.put("leads", String.valueOf(leads.size()));
        inputs.put("incidents", leads.stream().map(i -> i.record() + " " + when(i.from(), i.to()) + " " + i.confidence()
                + sourceUrl(i.sourceUrls())).collect(Collectors.joining("; ")));
        inputs.put(FindingSources.DATASET, leads.stream().map(i -> i.record().dataset()).distinct().collect(Collectors.joining(", "))
                + ", units knowledge base (inferred links)");
        inputs.put(FindingSources.RECORD, records(leads.stream().map(i -> i.record().toString()).toList()));
        String list = listed.stream().map(i -> i.title() + " in " + i.placeName() + " (" + when(i.from(), i.to()) + "; "
                + i.basis() + ")" + sourceUrl(i.sourceUrls())).collect(Collectors.joining("; "));
        int more = leads.size() - listed.size();
        return draft(Severity.CONCERN, "unit-incident-leads", "unit-incident-leads:" + p.id() + ":" + unit.id(),
                leads.size() + " possible incident" + (leads.size() == 1 ? "" : "s") + " near positions of his unit " + unit.name()
                        + " (" + p.dates().earliest() + ".." + p.dates().latest() + ") — review",
                "Inferred from proximity only, not documented: OSINT mappers placed " + unit.name() + " near "
                        + (leads.size() == 1 ? "this incident" : "these incidents") + " at about the time. Proximity is not"
                        + " participation: confirm or reject each link on the unit page (/units/" + unit.id() + "); a confirmed link"
                        + " becomes a documented finding in the next run. " + list + (more > 0 ? "; and " + more + " more on the unit page." : "."),
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
        inputs.put("titles", rest.stream().map(Finding.Draft::title).collect(Collectors.joining("; ")));
        inputs.put(FindingSources.DATASET, rest.stream().map(f -> f.inputs().getOrDefault(FindingSources.DATASET, "")).filter(d -> !d.isEmpty())
                .distinct().collect(Collectors.joining("; ")));
        inputs.put(FindingSources.RECORD, rest.stream().map(f -> f.inputs().getOrDefault(FindingSources.RECORD, "")).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("; ")));
        List<Finding.Draft> out = new ArrayList<>(findings.stream().filter(kept::contains).toList());
        out.add(draft(highest, "period-more", "period-more:" + p.id(),
                rest.size() + " more findings for " + p.claim().placeName() + " " + p.dates().earliest() + ".." + p.dates().latest(),
                "Summarised to keep the page readable: " + counts.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey())
                        .collect(Collectors.joining(", ")) + ". Each is listed in this finding's inputs and, for a unit's links,"
                        + " on the unit page.", inputs));
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
                    String.format(Locale.ROOT, "Unit %s was placed %.0f km from %s on %s", unitName, km, p.claim().placeName(), farthest.date()),
                    String.format(Locale.ROOT, "OSINT mappers (%s) placed %s at %s on %s, %.0f km from where he says he served with it."
                            + " Either he served in a detached part of the unit, or the place, the dates or the unit are wrong.",
                            farthest.source(), unitName, farthest.coordinates(), farthest.date(), km), inputs));
        }
        return java.util.Optional.of(draft(Severity.INFO, "unit-near", "unit-near:" + p.id(),
                "Unit " + unitName + " was placed near " + p.claim().placeName() + " on those dates",
                String.format(Locale.ROOT, "%d OSINT positions of the unit during the period lie within %.0f km of the claimed place.",
                        facts.positions().size(), Math.max(km, 1)), inputs));
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
                            "Gap of " + months + " months with no account (" + gapFrom + ".." + gapTo + ")",
                            "No service period covers " + gapFrom + " to " + gapTo + ". Ask where he was: leave, hospital,"
                                    + " a unit he did not name, or time in Ukraine.",
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
            out.add(draft(Severity.INFO, "screening-unavailable", "screening-unavailable", "Screening not consulted",
                    "The screening results could not be read for this run; screen the applicant on the case page.", Map.of()));
            return out;
        }
        if (!results.indexReady()) {
            out.add(draft(Severity.INFO, "screening-loading", "screening-loading", "Screening lists still loading",
                    "Only hits an analyst already confirmed are counted; run the vetting again once the lists are loaded.", Map.of()));
        }
        for (var hit : results.hits()) {
            Map<String, String> inputs = Map.of("list", hit.list(), "entity", hit.entityId(), "caption", hit.caption(),
                    "score", String.format(Locale.ROOT, "%.2f", hit.score()), "review", hit.review().name());
            boolean confirmed = hit.review() == CaseScreeningResults.CaseHit.Review.CONFIRMED;
            out.add(draft(confirmed ? Severity.SERIOUS : Severity.CONCERN, confirmed ? "screening-confirmed" : "screening-unreviewed",
                    "screening:" + hit.list() + ":" + hit.entityId(),
                    "Name matches " + hit.list() + " entry " + hit.caption() + (confirmed ? " (confirmed)" : " (not reviewed)"),
                    String.format(Locale.ROOT, confirmed
                            ? "An analyst confirmed that the applicant is the person listed in %s as %s (score %.2f)."
                            : "The screening found %s entry %s (score %.2f) and nobody has reviewed it yet: review it on the screening page.",
                            hit.list(), hit.caption(), hit.score()), inputs));
        }
        return out;
    }

    private static String distance(List<SnapshotCheck> checks) {
        var nearest = checks.stream().map(SnapshotCheck::distanceToLineKm).filter(java.util.Objects::nonNull)
                .min(Double::compare);
        return nearest.map(km -> String.format(Locale.ROOT, " Nearest to the line of contact: %.1f km.", km)).orElse("");
    }

    private static String notes(String why) {
        return why.isEmpty() ? "" : " Notes: " + why + ".";
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

    static Finding.Draft draft(Severity severity, String kind, String identity, String title, String explanation,
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
