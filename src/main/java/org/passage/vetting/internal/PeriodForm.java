package org.passage.vetting.internal;

import org.jspecify.annotations.Nullable;

/**
 * The service period form as posted, every field a string. {@code unitChoice} is empty until the analyst picked
 * among the units the text resolved to: a unit id, or {@code none} to leave it unresolved; {@code placeChoice}
 * likewise holds the GeoNames id of the chosen place when a name was ambiguous.
 */
public record PeriodForm(@Nullable String unit, @Nullable String unitChoice, @Nullable String role, @Nullable String place,
                  @Nullable String placeChoice, @Nullable String latitude, @Nullable String longitude,
                  @Nullable String from, @Nullable String to, @Nullable String sourceKind,
                  @Nullable String sourceDescription, @Nullable String identifiesSomeone, @Nullable String overlapNote) {

    static final int MAX_TEXT = 500;
    static final String UNRESOLVED = "none";

    static PeriodForm empty() {
        return new PeriodForm("", "", "", "", "", "", "", "", "", "STATEMENT", "", "", "");
    }

    static PeriodForm of(ServicePeriod p) {
        ServiceClaim c = p.claim();
        return new PeriodForm(c.unitText(), p.unitId() == null ? UNRESOLVED : p.unitId().toString(), c.role(), c.place(), "",
                c.latitude() == null ? "" : c.latitude().toString(), c.longitude() == null ? "" : c.longitude().toString(),
                c.fromText(), c.toText(), p.sourceKind().name(), c.sourceDescription(), c.sourceIdentifiesSomeone() ? "true" : "",
                c.overlapNote());
    }

    /**
     * What an edit form showed of a period, as a short digest carried in a hidden field: a period someone changed since
     * the form was shown has another, and the save is refused rather than putting back what the form showed.
     */
    static String shown(ServicePeriod p) {
        PeriodForm f = of(p);
        return org.passage.web.ShownDigest.of(f.unit, f.unitChoice, f.role, f.place, f.latitude, f.longitude, f.from, f.to,
                f.sourceKind, f.sourceDescription, f.identifiesSomeone, f.overlapNote);
    }

    /** The form with the unit or place choice cleared, so that changing the text resolves it again. */
    PeriodForm withUnitChoice(String choice) {
        return new PeriodForm(unit, choice, role, place, placeChoice, latitude, longitude, from, to, sourceKind,
                sourceDescription, identifiesSomeone, overlapNote);
    }

    static String text(String field, @Nullable String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new InvalidVettingInput(field, "vetting.error.required", "this field is required");
        }
        if (v.length() > MAX_TEXT) {
            throw new InvalidVettingInput(field, "vetting.error.tooLong", "at most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        if (v.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidVettingInput(field, "vetting.error.control", "control characters are not allowed");
        }
        return v;
    }

    public boolean identifies() {
        return "true".equals(identifiesSomeone) || "on".equals(identifiesSomeone);
    }

    SourceKind kind() {
        try {
            return SourceKind.valueOf(sourceKind == null ? "" : sourceKind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput("sourceKind", "vetting.error.sourceKind", "choose statement, document, photo or witness");
        }
    }

    @Override
    public String toString() {
        return "PeriodForm[REDACTED]";
    }
}
