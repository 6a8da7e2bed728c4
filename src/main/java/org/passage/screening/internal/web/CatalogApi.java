package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.CurrentStaff;
import org.passage.watchlists.Watchlists;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * yente's data and system endpoints under {@code /api}: {@code /entities/{id}}, {@code /catalog} (Passage's lists as
 * yente datasets, each list's source datasets as its children, "default" as the collection of all), {@code /algorithms},
 * and the probes {@code /healthz} and {@code /readyz} (open without a key, as in yente: they tell nothing but up/ready).
 */
@RestController
@PreAuthorize(ScreeningAccess.SCREENERS)
class CatalogApi {

    private final LiveIndex index;
    private final Watchlists watchlists;
    private final AuditTrail audit;
    private final CurrentStaff staff;

    CatalogApi(LiveIndex index, Watchlists watchlists, AuditTrail audit, CurrentStaff staff) {
        this.index = index;
        this.watchlists = watchlists;
        this.audit = audit;
        this.staff = staff;
    }

    @GetMapping(path = "/api/entities/{entityId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    YenteShapes.EntityResponse entity(@PathVariable String entityId) {
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        List<IndexedEntry> found = entityId.length() > 200 ? List.of() : snapshot.withId(entityId);
        audit.record(new AuditEvent("screening.entity", "watchlist-entry", entityId.length() > 200 ? "(too long)" : entityId, staff.organizationId(),
                found.isEmpty() ? AuditEvent.Outcome.FAILED : AuditEvent.Outcome.SUCCESS, found.isEmpty() ? "no such entity" : ""));
        if (found.isEmpty()) {
            throw new UnknownEntity();
        }
        var first = MatchResponses.entity(found.getFirst(), snapshot);
        // one entity listed in several lists: one answer naming every list, as yente merges an entity's datasets
        var datasets = new java.util.LinkedHashSet<String>();
        found.forEach(e -> datasets.addAll(MatchResponses.entity(e, snapshot).datasets()));
        return new YenteShapes.EntityResponse(first.id(), first.caption(), first.schema(), first.properties(), List.copyOf(datasets),
                first.referents(), first.target(), first.firstSeen(), first.lastSeen(), first.lastChange());
    }

    @GetMapping(path = "/api/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    ResponseEntity<YenteShapes.CatalogResponse> catalog(@RequestHeader(name = "If-None-Match", required = false) @org.jspecify.annotations.Nullable String ifNoneMatch) {
        var snapshot = index.snapshot();
        List<YenteShapes.DatasetModel> datasets = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> outdated = new ArrayList<>();
        StringBuilder tag = new StringBuilder();
        for (var list : watchlists.summaries()) {
            Integer indexed = snapshot.map(s -> s.versions().get(list.name())).orElse(null);
            boolean isCurrent = indexed != null && indexed == list.liveVersion();
            (isCurrent ? current : outdated).add(list.name());
            String updated = list.importedAt() == null ? null : MatchResponses.timestamp(list.importedAt());
            // a source named as the list itself is the list, not a child of it (yente's names are unique in a catalog)
            List<String> children = snapshot.map(s -> s.sources().getOrDefault(list.name(), java.util.Set.of())).orElse(java.util.Set.<String>of())
                    .stream().filter(child -> !child.equals(list.name())).toList();
            datasets.add(new YenteShapes.DatasetModel(list.name(), list.name(), String.valueOf(list.liveVersion()),
                    indexed == null ? null : String.valueOf(indexed), isCurrent, true, updated, list.entities(), children));
            for (String child : children) {
                datasets.add(new YenteShapes.DatasetModel(child, child + " (in " + list.name() + ")", String.valueOf(list.liveVersion()),
                        indexed == null ? null : String.valueOf(indexed), isCurrent, false, updated, 0, List.of()));
            }
            tag.append(list.name()).append(':').append(list.liveVersion()).append(':').append(indexed).append('\n');
        }
        datasets.add(new YenteShapes.DatasetModel(MatchApi.ALL, "All of Passage's lists", null, null, outdated.isEmpty(), false, null,
                snapshot.map(s -> (long) s.entries().size()).orElse(0L), datasets.stream().filter(d -> d.load()).map(d -> d.name()).toList()));
        String etag = "\"" + HexFormat.of().formatHex(sha1(tag.toString())) + "\"";
        var cache = CacheControl.maxAge(300, TimeUnit.SECONDS).cachePrivate();
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream().map(String::strip).anyMatch(etag::equals))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        audit.record(new AuditEvent("screening.catalog", "watchlist", MatchApi.ALL, staff.organizationId(), AuditEvent.Outcome.SUCCESS, ""));
        return ResponseEntity.ok().eTag(etag).cacheControl(cache)
                .body(new YenteShapes.CatalogResponse(datasets, current, outdated, !outdated.isEmpty()));
    }

    @GetMapping(path = "/api/algorithms", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    YenteShapes.AlgorithmResponse algorithms() {
        audit.record(new AuditEvent("screening.algorithms", "api", "algorithms", staff.organizationId(), AuditEvent.Outcome.SUCCESS, ""));
        var docs = new YenteShapes.AlgorithmDocs(Algorithms.PASSAGE, Algorithms.DESCRIPTION, MatchResponses.MATCHER, Algorithms.CONFIG);
        var passage = new YenteShapes.Algorithm(Algorithms.PASSAGE, Algorithms.DESCRIPTION, MatchResponses.MATCHER, docs);
        return new YenteShapes.AlgorithmResponse(List.of(passage), Algorithms.BEST, Algorithms.PASSAGE);
    }

    @GetMapping(path = "/api/healthz", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    YenteShapes.StatusResponse healthz() {
        return new YenteShapes.StatusResponse("ok");
    }

    @GetMapping(path = "/api/readyz", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    YenteShapes.StatusResponse readyz() {
        index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        return new YenteShapes.StatusResponse("ok");
    }

    static byte[] sha1(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No live entry has the id: yente's 404. */
    static final class UnknownEntity extends RuntimeException {
        UnknownEntity() {
            super("no such entity", null, false, false);
        }
    }
}
