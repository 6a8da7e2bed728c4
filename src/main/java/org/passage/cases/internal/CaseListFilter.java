package org.passage.cases.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/**
 * The case list's search and filters as typed into the form: words to search for ({@code q}: a name in any script,
 * a handle, a code, a place), stage, country (ISO code), assigned staff member, "assigned to me", a flag another
 * feature puts on cases (e.g. "overdue" check-in), the order and the page, each optional. {@link #validated} names
 * the filter at fault; filtering happens only on cases the reader may see.
 */
record CaseListFilter(@Nullable String q, @Nullable String stage, @Nullable String country, @Nullable String staff,
                      @Nullable String flag, @Nullable String mine, @Nullable String sort, @Nullable String page) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final int MAX_QUERY = 100;

    /** The orders the list can be shown in; the first is the default. */
    enum Order { NEWEST, OLDEST, CODE, NAME, STAGE }

    record Valid(@Nullable String q, @Nullable Stage stage, @Nullable String country, @Nullable UUID staff, @Nullable String flag,
                 boolean mine, Order order, int page) {
        /** {@code flags}: the keys of the flags each case carries; {@code me}: the reader. */
        boolean keeps(org.passage.cases.CaseRef c, Map<CaseId, String> countries, Map<CaseId, Set<String>> flags, UUID me) {
            return (stage == null || c.stage() == stage)
                    && (country == null || country.equals(countries.get(c.id())))
                    && (staff == null || c.assignedStaff().contains(staff))
                    && (!mine || c.assignedStaff().contains(me))
                    && (flag == null || flags.getOrDefault(c.id(), Set.of()).contains(flag));
        }

        boolean active() {
            return q != null || stage != null || country != null || staff != null || flag != null || mine;
        }
    }

    static CaseListFilter none() {
        return new CaseListFilter(null, null, null, null, null, null, null, null);
    }

    /** {@code flagKeys}: the flags features offer; any other flag is refused. */
    Valid validated(Set<String> flagKeys) {
        String query = blank(q) ? null : q.strip();
        if (query != null && (query.length() > MAX_QUERY || query.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidCaseInput("q", "cases.filter.error.q");
        }
        Order order = Order.NEWEST;
        if (!blank(sort)) {
            try {
                order = Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidCaseInput("sort", "cases.filter.error.sort");
            }
        }
        int p = 1;
        if (!blank(page)) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                p = 0;
            }
            if (p < 1 || p > 100_000) {
                throw new InvalidCaseInput("page", "cases.filter.error.page");
            }
        }
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
        return new Valid(query, s, c, member, f, "true".equals(mine) || "on".equals(mine), order, p);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
