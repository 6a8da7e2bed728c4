package org.passage.cases.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/**
 * The case list's filters as typed into the form: stage, country (ISO code) and assigned staff member, each
 * optional. {@link #validated()} names the filter at fault; filtering happens only on cases the reader may see.
 */
record CaseListFilter(@Nullable String stage, @Nullable String country, @Nullable String staff) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    record Valid(@Nullable Stage stage, @Nullable String country, @Nullable UUID staff) {
        boolean keeps(CaseFile file, Map<CaseId, String> countries) {
            return (stage == null || file.stage() == stage)
                    && (country == null || country.equals(countries.get(file.id())))
                    && (staff == null || file.assignedStaff().contains(staff));
        }

        boolean active() {
            return stage != null || country != null || staff != null;
        }
    }

    Valid validated() {
        Stage s = null;
        if (!blank(stage)) {
            try {
                s = Stage.valueOf(stage.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidCaseInput("stage", "cases.filter.error.stage");
            }
        }
        String c = null;
        if (!blank(country)) {
            c = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(c)) {
                throw new InvalidCaseInput("country", "cases.filter.error.country");
            }
        }
        UUID member = null;
        if (!blank(staff)) {
            try {
                member = UUID.fromString(staff.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidCaseInput("staff", "cases.filter.error.staff");
            }
        }
        return new Valid(s, c, member);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
