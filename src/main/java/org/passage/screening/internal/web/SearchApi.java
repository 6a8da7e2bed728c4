package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.screening.Screening;
import org.passage.security.CurrentStaff;
import org.passage.watchlists.ListedEntity;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * yente's {@code GET /search/{dataset}} at {@code /api/search/{dataset}} (and {@code /api/search?dataset=}, Passage's
 * first spelling): a name is screened as a name, no text is needed to browse; yente's filters ({@code countries},
 * {@code topics}, {@code datasets}, {@code filter=properties.x:value}, {@code filter_op}), scopes and facets. yente's
 * query syntax, {@code sort}, {@code fuzzy} and {@code simple} have no meaning here: results are ranked by the screening
 * score, which already tolerates typos and other scripts.
 */
@RestController
@PreAuthorize(ScreeningAccess.SCREENERS)
class SearchApi {

    static final int MAX_PAGE = 500;
    static final int MAX_RESULTS = 9999;
    static final int MAX_OFFSET = MAX_RESULTS - MAX_PAGE;
    /** A search result shares at least this much of the name: yente's text search finds a name by any of its words. */
    static final double MIN_SCORE = 0.30;
    private static final Set<String> FACETS = Set.of("datasets", "schema", "countries", "identifiers", "topics", "genders");
    private static final List<String> DEFAULT_FACETS = List.of("countries", "topics", "datasets");

    private final LiveIndex index;
    private final AuditTrail audit;
    private final CurrentStaff staff;
    private final org.passage.security.ScreeningAllowance allowance;

    SearchApi(LiveIndex index, AuditTrail audit, CurrentStaff staff, org.passage.security.ScreeningAllowance allowance) {
        this.allowance = allowance;
        this.index = index;
        this.audit = audit;
        this.staff = staff;
    }

    /** yente's search parameters, as given. */
    record Params(@Nullable String q, @Nullable String schema, @Nullable List<String> include_dataset, @Nullable List<String> exclude_dataset,
                  @Nullable List<String> exclude_schema, @Nullable String changed_since, @Nullable List<String> countries,
                  @Nullable List<String> topics, @Nullable List<String> datasets, @Nullable List<String> filter, @Nullable Integer limit,
                  @Nullable Integer offset, @Nullable String filter_op, @Nullable List<String> facets) {
    }

    @GetMapping(path = {"/api/search/{dataset}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    YenteShapes.SearchResponse search(@PathVariable String dataset, Params params) {
        return answer(dataset, params);
    }

    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    YenteShapes.SearchResponse searchAll(@RequestParam(defaultValue = MatchApi.ALL) String dataset, Params params) {
        return answer(dataset, params);
    }

    private YenteShapes.SearchResponse answer(String dataset, Params p) {
        int limit = p.limit() == null ? 10 : p.limit();
        int offset = p.offset() == null ? 0 : p.offset();
        if (limit < 0 || limit > MAX_PAGE) {
            throw InvalidMatchRequest.unprocessable("limit", "a whole number from 0 to " + MAX_PAGE);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw InvalidMatchRequest.unprocessable("offset", "a whole number from 0 to " + MAX_OFFSET);
        }
        boolean and = switch (p.filter_op() == null ? "OR" : p.filter_op()) {
            case "OR" -> false;
            case "AND" -> true;
            default -> throw InvalidMatchRequest.unprocessable("filter_op", "OR or AND");
        };
        List<String> facets = p.facets() == null || p.facets().isEmpty() ? DEFAULT_FACETS : p.facets();
        facets.stream().filter(f -> !FACETS.contains(f)).findFirst().ifPresent(f -> {
            throw InvalidMatchRequest.unprocessable("facets", "one of " + new java.util.TreeSet<>(FACETS));
        });
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        if (!snapshot.knows(dataset)) {
            throw new MatchApi.UnknownDataset();
        }
        String schema = p.schema() == null || p.schema().isBlank() ? "Thing" : p.schema();
        if (Schemata.known(schema).isEmpty()) {
            throw new InvalidMatchRequest("schema", "Invalid schema");
        }
        MatchOptions scope = MatchOptions.of(null, null, null, 0, p.include_dataset(), p.exclude_dataset(), p.exclude_schema(), List.of(),
                p.changed_since(), List.of(), new MatchRequest(Map.of(), null, null));
        Predicate<IndexedEntry> filters = filters(p, and);
        Predicate<IndexedEntry> admits = e -> LiveIndex.Snapshot.inScope(dataset, e) && Schemata.isA(e.schema(), schema)
                && scope.admits(e, snapshot.seen(e)) && filters.test(e);
        List<IndexedEntry> found = new ArrayList<>();
        String q = p.q() == null ? "" : p.q().strip();
        ListedEntity query = q.isEmpty() ? null : query(q, schema);
        if (query == null) {
            // a browse reads what its filters' postings hold (every entry when nothing narrows it) and costs what it reads:
            // a narrow filter scanned every entry and was priced as a whole scan (session 18)
            Narrowing narrowing = narrowing(p, and, dataset);
            SearchPostings postings = narrowing == null ? null : SearchPostings.of(snapshot);
            int[] read = postings == null ? null : narrowing.read(postings);
            ScreeningUnits.spend(allowance, ScreeningUnits.browse(read == null ? snapshot.entries().size() : read.length));
            // yente's window: at most MAX_RESULTS entries are counted and faceted; past that the total is "gte"
            if (read == null) {
                snapshot.entries().values().stream().filter(admits).limit(MAX_RESULTS).forEach(found::add);
            } else {
                for (int i = 0; i < read.length && found.size() < MAX_RESULTS; i++) {
                    IndexedEntry e = postings.entry(read[i]);
                    if (admits.test(e)) {
                        found.add(e);
                    }
                }
            }
        } else {
            ScreeningUnits.spend(allowance, ScreeningUnits.SEARCH);
            index.screen(query, 500, (e, s) -> admits.test(e)).stream().filter(h -> h.score() >= MIN_SCORE)
                    .forEach(h -> snapshot.entry(h).ifPresent(found::add));
        }
        audit.record(new AuditEvent("screening.search", "watchlist", dataset, staff.organizationId(), AuditEvent.Outcome.SUCCESS, ""));
        List<YenteShapes.EntityResponse> results = found.stream().skip(offset).limit(limit).map(e -> MatchResponses.entity(e, snapshot)).toList();
        Map<String, YenteShapes.SearchFacet> out = new LinkedHashMap<>();
        for (String facet : facets) {
            out.put(facet, SearchFacets.of(facet, found));
        }
        var total = found.size() >= MAX_RESULTS ? new YenteShapes.TotalSpec(found.size(), "gte") : YenteShapes.TotalSpec.of(found.size());
        return new YenteShapes.SearchResponse(limit, offset, total, results, out);
    }

    /** The search text as a query of the searched schema (a person or an organization when any legal entity will do). */
    private static ListedEntity query(String q, String schema) {
        if (q.length() > Screening.MAX_NAME_LENGTH) {
            throw new InvalidMatchRequest("q", "at most " + Screening.MAX_NAME_LENGTH + " characters");
        }
        if (q.codePoints().noneMatch(Character::isLetterOrDigit) || q.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidMatchRequest("q", "give a name to search for");
        }
        return new ListedEntity(MatchRequestParser.NO_ID, schema.equals("Thing") ? "LegalEntity" : schema, q, Map.of("name", List.of(q)), "");
    }

    /**
     * The postings whose intersection holds every entry the filters admit (a superset: the filters still decide), or null
     * when none narrows the search: {@code countries}, {@code topics}, {@code datasets} as {@code filter_op} combines them,
     * each {@code filter=} on a facet the postings keep, and the dataset searched. Returned as lists of postings to intersect.
     */
    private static @Nullable Narrowing narrowing(Params p, boolean and, String dataset) {
        List<String[]> each = new ArrayList<>();
        for (String c : list(p.countries())) {
            each.add(new String[] {"countries", Countries.code(c).orElse(c.toLowerCase(java.util.Locale.ROOT))});
        }
        for (String t : list(p.topics())) {
            each.add(new String[] {"topics", t});
        }
        for (String d : list(p.datasets())) {
            each.add(new String[] {"datasets", d});
        }
        List<String[]> all = new ArrayList<>();
        for (String f : list(p.filter())) {
            int colon = f.indexOf(':');
            String field = colon < 1 ? "" : f.substring(0, colon);
            if (SearchPostings.FACETS.contains(field)) {
                all.add(new String[] {field, f.substring(colon + 1)});
            }
        }
        if (!dataset.equals(MatchApi.ALL)) {
            all.add(new String[] {"datasets", dataset});
        }
        if (each.isEmpty() && all.isEmpty()) {
            return null;
        }
        return new Narrowing(each, and, all);
    }

    /** The terms a browse is narrowed by: {@code each} combined by {@code filter_op}, then every one of {@code all}. */
    private record Narrowing(List<String[]> each, boolean and, List<String[]> all) {
        /** The ordinals of the entries that may pass the filters, in the snapshot's order. */
        int[] read(SearchPostings postings) {
            List<int[]> lists = new ArrayList<>();
            if (!each.isEmpty()) {
                List<int[]> facets = each.stream().map(t -> postings.of(t[0], t[1])).toList();
                lists.add(and ? SearchPostings.intersection(facets) : SearchPostings.union(facets));
            }
            all.forEach(t -> lists.add(postings.of(t[0], t[1])));
            return SearchPostings.intersection(lists);
        }
    }

    /** {@code countries}, {@code topics}, {@code datasets} and {@code filter=field:value}, combined with {@code filter_op}. */
    private static Predicate<IndexedEntry> filters(Params p, boolean and) {
        List<Predicate<IndexedEntry>> each = new ArrayList<>();
        for (String c : list(p.countries())) {
            String code = Countries.code(c).orElse(c.toLowerCase(java.util.Locale.ROOT));
            each.add(e -> SearchFacets.values("countries", e).contains(code));
        }
        for (String t : list(p.topics())) {
            each.add(e -> SearchFacets.values("topics", e).contains(t));
        }
        for (String d : list(p.datasets())) {
            each.add(e -> e.list().equals(d) || e.dataset().equals(d));
        }
        List<Predicate<IndexedEntry>> fields = new ArrayList<>();
        for (String f : list(p.filter())) {
            int colon = f.indexOf(':');
            if (colon < 1) {
                throw new InvalidMatchRequest("filter", "Invalid filter: " + f);
            }
            String field = f.substring(0, colon);
            String value = f.substring(colon + 1);
            if (field.startsWith("properties.")) {
                String property = field.substring("properties.".length());
                fields.add(e -> e.properties().getOrDefault(property, List.of()).contains(value));
            } else if (field.equals("schema")) {
                fields.add(e -> e.schema().equals(value));
            } else if (FACETS.contains(field)) {
                fields.add(e -> SearchFacets.values(field, e).contains(value));
            } else {
                throw new InvalidMatchRequest("filter", "Invalid filter: " + f + " (properties.<name>, schema, or a facet name)");
            }
        }
        Predicate<IndexedEntry> facetFilters = each.isEmpty() ? e -> true
                : and ? each.stream().reduce(Predicate::and).orElseThrow() : each.stream().reduce(Predicate::or).orElseThrow();
        return fields.stream().reduce(facetFilters, Predicate::and);
    }

    private static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }
}
