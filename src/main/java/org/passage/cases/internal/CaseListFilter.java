package org.passage.cases.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/**
 * The case list's filters as typed into the form: stage, country (ISO code), assigned staff member and a flag
 * another feature puts on cases (e.g. "overdue" check-in), each optional. {@link #validated} names the filter
 * at fault; filtering happens only on cases the reader may see.
 */
record CaseListFilter(@Nullable String stage, @Nullable String country, @Nullable String staff, @Nullable String flag) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    record Valid(@Nullable Stage stage, @Nullable String country, @Nullable UUID staff, @Nullable String flag) {
        /** {@code flags}: the keys of the flags each case carries. */
        boolean keeps(CaseFile file, Map<CaseId, String> countries, Map<CaseId, Set<String>> flags) {
            return (stage == null || file.stage() == stage)
                    && (country == null || country.equals(countries.get(file.id())))
                    && (staff == null || file.assignedStaff().contains(staff))
                    && (flag == null || flags.getOrDefault(file.id(), Set.of()).contains(flag));
        }

        boolean active() {
            return stage != null || country != null || staff != null || flag != null;
        }
    }

    /** {@code flagKeys}: the flags features offer; any other flag is refused. */
    Valid validated(Set<String> flagKeys) {
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
        String f = null;
        if (!blank(flag)) {
            f = flag.strip();
            if (!flagKeys.contains(f)) {
                throw new InvalidCaseInput("flag", "cases.filter.error.flag");
            }
        }
        return new Valid(s, c, member, f);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
