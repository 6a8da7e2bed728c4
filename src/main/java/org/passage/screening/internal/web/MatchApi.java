package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.screening.Hit;
import org.passage.screening.Screening;
import org.passage.security.CurrentStaff;
import org.passage.watchlists.ListedEntity;
import org.passage.watchlists.Watchlists;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The screening API, shaped like OpenSanctions yente's so its clients work: {@code POST /api/match/{dataset}}
 * (dataset "default" = every list, else a list name), {@code GET /api/search?q=}, the index status and the
 * OpenAPI description. Session login and CSRF like every other request, or an organization's API key on match,
 * search and the OpenAPI description (see docs/screening.md). Every request is audited without the names asked for.
 */
@RestController
@PreAuthorize(ScreeningAccess.SCREENERS)
class MatchApi {

    static final String ALL = "default";

    private final LiveIndex index;
    private final Watchlists watchlists;
    private final AuditTrail audit;
    private final CurrentStaff staff;

    MatchApi(LiveIndex index, Watchlists watchlists, AuditTrail audit, CurrentStaff staff) {
        this.index = index;
        this.watchlists = watchlists;
        this.audit = audit;
        this.staff = staff;
    }

    @PostMapping(path = "/api/match/{dataset}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    Map<String, Object> match(@PathVariable String dataset, @RequestBody(required = false) byte @Nullable [] body,
                              @RequestParam(required = false) @Nullable Double threshold,
                              @RequestParam(required = false) @Nullable Integer limit) {
        Set<String> lists = lists(dataset);
        MatchRequest request = MatchRequestParser.parse(body == null ? new byte[0] : body);
        double cut = threshold != null ? checkedThreshold(threshold) : request.threshold() != null ? request.threshold() : Screening.DEFAULT_THRESHOLD;
        int max = limit != null ? checkedLimit(limit) : request.limit() != null ? request.limit() : 5;
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        Map<String, Object> responses = new LinkedHashMap<>();
        request.queries().forEach((key, query) -> {
            List<Map<String, Object>> results = new ArrayList<>();
            for (Hit hit : index.screen(query, max, lists)) {
                Map<String, Object> result = MatchResponses.result(hit, snapshot);
                result.put("match", hit.score() >= cut);
                results.add(result);
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("status", 200);
            response.put("results", results);
            response.put("total", MatchResponses.total(results.size()));
            response.put("query", MatchResponses.query(query));
            responses.put(key, response);
        });
        audit.record(new AuditEvent("screening.match", "watchlist", dataset, staff.organizationId(), AuditEvent.Outcome.SUCCESS,
                request.queries().size() + " queries"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("responses", responses);
        out.put("matcher", MatchResponses.MATCHER);
        out.put("limit", max);
        return out;
    }

    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    Map<String, Object> search(@RequestParam(required = false) @Nullable String q,
                               @RequestParam(defaultValue = ALL) String dataset,
                               @RequestParam(defaultValue = "10") int limit,
                               @RequestParam(defaultValue = "Thing") String schema) {
        Set<String> lists = lists(dataset);
        int max = checkedLimit(limit);
        if (q == null || q.isBlank()) {
            throw new InvalidMatchRequest("q", "give a name to search for");
        }
        String name = q.strip();
        byte[] body = queryBody(name, schema.equals("Thing") ? "LegalEntity" : schema);
        ListedEntity query;
        try {
            query = MatchRequestParser.parse(body).queries().values().iterator().next();
        } catch (InvalidMatchRequest e) {
            // name the search's own parameters, not the match body built from them
            throw new InvalidMatchRequest(e.field().endsWith(".schema") ? "schema" : "q", e.getMessage());
        }
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        List<Map<String, Object>> results = index.screen(query, max, lists).stream().map(h -> MatchResponses.result(h, snapshot)).toList();
        audit.record(new AuditEvent("screening.search", "watchlist", dataset, staff.organizationId(), AuditEvent.Outcome.SUCCESS, ""));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("limit", max);
        out.put("offset", 0);
        out.put("total", MatchResponses.total(results.size()));
        out.put("results", results);
        out.put("facets", Map.of());
        return out;
    }

    @GetMapping(path = "/api/screening/status", produces = MediaType.APPLICATION_JSON_VALUE)
    IndexStatus status() {
        return index.status();
    }

    @GetMapping(path = "/api/openapi.yaml", produces = "application/yaml")
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    ResponseEntity<byte[]> openApi() throws java.io.IOException {
        byte[] yaml = new ClassPathResource("screening/openapi.yaml").getContentAsByteArray();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(0, TimeUnit.SECONDS).mustRevalidate())
                .contentType(MediaType.parseMediaType("application/yaml")).body(yaml);
    }

    /** The search box's text as a one-query match body, so it passes the same checks. */
    private static byte[] queryBody(String name, String schema) {
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        var root = mapper.createObjectNode();
        var q = root.putObject("queries").putObject("q");
        q.put("schema", schema);
        q.putObject("properties").putArray("name").add(name);
        return mapper.writeValueAsBytes(root);
    }

    private Set<String> lists(String dataset) {
        if (dataset.equals(ALL)) {
            return Set.of();
        }
        boolean known = watchlists.summaries().stream().anyMatch(s -> s.name().equals(dataset));
        if (!known) {
            throw new UnknownDataset();
        }
        return Set.of(dataset);
    }

    private static double checkedThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InvalidMatchRequest("threshold", "a number above 0 and at most 1");
        }
        return threshold;
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidMatchRequest("limit", "a whole number from 1 to 500");
        }
        return limit;
    }

    static final class UnknownDataset extends RuntimeException {
        UnknownDataset() {
            super("no such dataset", null, false, false);
        }
    }

    @ExceptionHandler(InvalidMatchRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMatchRequest e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid field: " + e.field());
        problem.setProperty("field", e.field());
        return problem(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return invalid(new InvalidMatchRequest(e.getName(), "not a valid value"));
    }

    @ExceptionHandler(UnknownDataset.class)
    ResponseEntity<ProblemDetail> unknownDataset() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "dataset: no such list; use \"default\" for all lists");
        problem.setTitle("Unknown dataset");
        problem.setProperty("field", "dataset");
        return problem(problem);
    }

    @ExceptionHandler(LiveIndex.IndexNotReady.class)
    ResponseEntity<ProblemDetail> notReady() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the screening index is still being built; try again shortly");
        problem.setTitle("Index not ready");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
