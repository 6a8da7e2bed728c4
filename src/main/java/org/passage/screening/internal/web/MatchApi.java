package org.passage.screening.internal.web;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.CurrentStaff;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * yente's {@code POST /match/{dataset}} at {@code /api/match/{dataset}} (dataset "default" = every list, else a list
 * or a source dataset within one), with yente 5's parameters and answers, plus the index status and the OpenAPI
 * description. Session login and CSRF like every other request, or an organization's API key (see docs/screening.md).
 * Refusals are problem JSON with yente's status codes ({@link ApiProblems}). Every request is audited without the
 * names asked for.
 */
@RestController
@PreAuthorize(ScreeningAccess.SCREENERS)
class MatchApi {

    static final String ALL = "default";

    private final LiveIndex index;
    private final Matching matching;
    private final AuditTrail audit;
    private final CurrentStaff staff;
    private final org.passage.security.ScreeningAllowance allowance;

    MatchApi(LiveIndex index, Matching matching, AuditTrail audit, CurrentStaff staff, org.passage.security.ScreeningAllowance allowance) {
        this.allowance = allowance;
        this.index = index;
        this.matching = matching;
        this.audit = audit;
        this.staff = staff;
    }

    /** The ordinary way; plain requests with an API key are answered by {@link DirectMatchRoute}, the same way. */
    @PostMapping(path = "/api/match/{dataset}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    ResponseEntity<YenteShapes.EntityMatchResponse> match(@PathVariable String dataset, @RequestBody(required = false) byte @Nullable [] body,
                                                          @RequestParam(required = false) @Nullable Double threshold,
                                                          @RequestParam(required = false) @Nullable Double cutoff,
                                                          @RequestParam(required = false) @Nullable Integer limit,
                                                          @RequestParam(required = false) @Nullable String algorithm,
                                                          @RequestParam(name = "include_dataset", required = false) @Nullable List<String> includeDataset,
                                                          @RequestParam(name = "exclude_dataset", required = false) @Nullable List<String> excludeDataset,
                                                          @RequestParam(name = "exclude_schema", required = false) @Nullable List<String> excludeSchema,
                                                          @RequestParam(required = false) @Nullable List<String> topics,
                                                          @RequestParam(name = "changed_since", required = false) @Nullable String changedSince,
                                                          @RequestParam(name = "exclude_entity_ids", required = false) @Nullable List<String> excludeEntityIds) {
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        if (!snapshot.knows(dataset)) {
            throw new UnknownDataset();
        }
        var checked = Matching.Checked.of(dataset, body == null ? new byte[0] : body, algorithm, threshold, cutoff, limit,
                includeDataset, excludeDataset, excludeSchema, topics, changedSince, excludeEntityIds);
        // the direct way spent the units before it answered; a request it leaves here spends them here
        ScreeningUnits.spend(allowance, checked.units());
        var responses = matching.answer(checked);
        return ResponseEntity.ok().header(Matching.BATCH_SIZE, String.valueOf(responses.responses().size())).body(responses);
    }

    @GetMapping(path = "/api/screening/status", produces = MediaType.APPLICATION_JSON_VALUE)
    IndexStatus status() {
        return index.status();
    }

    @GetMapping(path = "/api/openapi.yaml", produces = "application/yaml")
    @PreAuthorize(ScreeningAccess.SCREENERS_OR_API_KEYS)
    ResponseEntity<byte[]> openApi() throws java.io.IOException {
        byte[] yaml = new ClassPathResource("screening/openapi.yaml").getContentAsByteArray();
        audit.record(new AuditEvent("screening.openapi", "api", "openapi.yaml", staff.organizationId(), AuditEvent.Outcome.SUCCESS, ""));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(0, TimeUnit.SECONDS).mustRevalidate())
                .contentType(MediaType.parseMediaType("application/yaml")).body(yaml);
    }

    /** A dataset that is neither "default", nor a list, nor a source dataset of one: yente's 404. */
    static final class UnknownDataset extends RuntimeException {
        UnknownDataset() {
            super("no such dataset", null, false, false);
        }
    }
}
