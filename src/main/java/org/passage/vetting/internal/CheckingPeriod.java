package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.geo.AmbiguousPlaceException;
import org.passage.geo.Coordinates;
import org.passage.geo.Gazetteer;
import org.passage.geo.Place;
import org.passage.geo.PlaceMatch;
import org.passage.geo.PlaceQuery;
import org.passage.geo.UnknownPlaceException;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitMatch;

/**
 * Turns a posted period form into a claim that can be stored, or refuses it with the field at fault: dates read
 * and checked, the unit resolved (or deliberately left unresolved), the place geocoded or given as coordinates,
 * and any overlap with the applicant's other periods explained. Free of Spring and of storage.
 */
final class CheckingPeriod {

    record Checked(ServiceClaim claim, @Nullable UUID unitId, ClaimedDates dates, SourceKind kind) {
    }

    static final int UNIT_CANDIDATES = 6;

    private final UnitDirectory units;
    private final Gazetteer gazetteer;

    CheckingPeriod(UnitDirectory units, Gazetteer gazetteer) {
        this.units = units;
        this.gazetteer = gazetteer;
    }

    /** {@code others}: the case's other periods (the edited one excluded), to explain overlaps. */
    Checked check(PeriodForm form, List<ServicePeriod> others, LocalDate today) {
        String unitText = PeriodForm.text("unit", form.unit(), true);
        String role = PeriodForm.text("role", form.role(), false);
        String place = PeriodForm.text("place", form.place(), false);
        ClaimedDates dates = ClaimedDates.of(PeriodForm.text("from", form.from(), true), PeriodForm.text("to", form.to(), false), today);
        SourceKind kind = form.kind();
        String source = PeriodForm.text("sourceDescription", form.sourceDescription(), false);
        String overlapNote = PeriodForm.text("overlapNote", form.overlapNote(), false);
        @Nullable Coordinates point = coordinates(form);
        String placeFound = "";
        if (point == null) {
            if (place.isEmpty()) {
                throw new InvalidVettingInput("place", "vetting.error.place.required", "give a town name or coordinates");
            }
            Place found = place(place, form.placeChoice());
            point = found.coordinates();
            placeFound = found.describe();
        }
        Resolved unit = unit(unitText, form.unitChoice());
        List<ServicePeriod> overlapping = others.stream().filter(o -> o.dates().overlaps(dates)).toList();
        if (!overlapping.isEmpty() && overlapNote.isEmpty()) {
            ServicePeriod first = overlapping.getFirst();
            throw new InvalidVettingInput("overlapNote", "vetting.error.overlap",
                    "these dates overlap the period with " + first.claim().unitText() + " (" + first.dates().describe()
                            + "); if he really served in both (a detachment, a transfer), say so in the note",
                    first.claim().unitText(), first.dates().describe());
        }
        var claim = new ServiceClaim(unitText, role, place, placeFound, point.latitude(), point.longitude(), dates.fromText(),
                dates.toText(), source, form.identifies() || kind == SourceKind.WITNESS, overlapNote, unit.how());
        return new Checked(claim, unit.id(), dates, kind);
    }

    private static @Nullable Coordinates coordinates(PeriodForm form) {
        String lat = PeriodForm.text("latitude", form.latitude(), false);
        String lon = PeriodForm.text("longitude", form.longitude(), false);
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            throw new InvalidVettingInput(lat.isEmpty() ? "latitude" : "longitude", "vetting.error.coordinates.both",
                    "give both latitude and longitude, or neither");
        }
        try {
            return new Coordinates(Double.parseDouble(lat.replace(',', '.')), Double.parseDouble(lon.replace(',', '.')));
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput("latitude", "vetting.error.coordinates", "coordinates in decimal degrees, e.g. 50.5436 and 30.2120");
        }
    }

    private Place place(String name, @Nullable String choice) {
        if (choice != null && !choice.isBlank()) {
            return gazetteer.candidates(name).stream().filter(p -> String.valueOf(p.geonameId()).equals(choice.strip())).findFirst()
                    .orElseThrow(() -> new InvalidVettingInput("place", "vetting.error.place.choice", "choose one of the places listed"));
        }
        try {
            PlaceMatch match = gazetteer.resolve(PlaceQuery.of(name));
            return match.place();
        } catch (UnknownPlaceException e) {
            throw new InvalidVettingInput("place", "vetting.error.place.unknown",
                    "no town called \"" + name + "\" is known (villages under 500 inhabitants are missing): give its coordinates", name);
        } catch (AmbiguousPlaceException e) {
            throw new ChoiceNeeded(new InvalidVettingInput("place", "vetting.error.place.ambiguous",
                    "several places are called \"" + name + "\": choose one, or give coordinates", name),
                    e.candidates().stream().map(p -> new ChoiceNeeded.Option(String.valueOf(p.geonameId()), p.describe())).toList());
        }
    }

    /** The unit a period names, and how it was found (said on the page beside it). */
    record Resolved(@Nullable UUID id, String how) {
    }

    /**
     * The analyst's choice when he made one; otherwise the only exact candidate (same в/ч number, or same ordinal and
     * type without a conflicting branch) is taken with the reason; anything else is listed, with the type, branch,
     * parent formation, garrison and a warning of each, and nothing pre-selected.
     */
    private Resolved unit(String text, @Nullable String choice) {
        String chosen = choice == null ? "" : choice.strip();
        if (PeriodForm.UNRESOLVED.equals(chosen)) {
            return new Resolved(null, "left unresolved by the analyst");
        }
        if (!chosen.isEmpty()) {
            try {
                UUID id = UUID.fromString(chosen);
                return units.unit(id).map(u -> new Resolved(id, "chosen by the analyst: " + u.name()))
                        .orElseThrow(() -> new IllegalArgumentException("unknown unit"));
            } catch (IllegalArgumentException e) {
                throw new InvalidVettingInput("unit", "vetting.error.unit.choice", "choose one of the units listed, or leave it unresolved");
            }
        }
        List<UnitMatch> matches = units.resolve(text, UNIT_CANDIDATES);
        if (matches.isEmpty()) {
            return new Resolved(null, "");
        }
        List<UnitMatch> exact = matches.stream().filter(m -> m.fit() == UnitMatch.Fit.EXACT).toList();
        // taken without asking only when nothing else of that ordinal is a candidate
        if (exact.size() == 1 && matches.stream().noneMatch(m -> m.fit() == UnitMatch.Fit.PARTIAL)) {
            UnitMatch m = exact.getFirst();
            return new Resolved(m.unit().id(), "the only exact match for \"" + text + "\": " + m.unit().name() + " (" + m.kind()
                    + (m.matchedAlias().startsWith("в/ч ") ? ", " + m.matchedAlias() : "") + ")");
        }
        List<UnitMatch> ordered = matches.stream().sorted(java.util.Comparator.comparing(UnitMatch::fit)).toList();
        throw new ChoiceNeeded(new InvalidVettingInput("unit", "vetting.error.unit.choose",
                "choose the unit he means, or leave it unresolved", text), ordered.stream()
                .map(m -> new ChoiceNeeded.Option(m.unit().id().toString(), describe(m))).toList());
    }

    static String describe(UnitMatch m) {
        var u = m.unit();
        return u.name() + Optional.ofNullable(u.number()).map(n -> " (в/ч " + n + ")").orElse("")
                + " — " + m.kind()
                + Optional.ofNullable(u.parentName()).map(p -> ", part of " + p).orElse("")
                + (u.garrisons().isEmpty() ? "" : ", garrison " + u.garrisons().getFirst())
                + " — " + Math.round(m.score() * 100) + "% \"" + m.matchedAlias() + "\""
                + (m.warning().isEmpty() ? "" : " — ⚠ " + m.warning());
    }
}
