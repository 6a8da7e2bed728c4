package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.screening.Hit;
import org.passage.screening.Screening;
import org.passage.security.CurrentStaff;
import org.passage.watchlists.ListedEntity;
import org.springframework.stereotype.Component;

/**
 * yente's {@code /match} once the request is checked: each query screened in yente's scoring loop, and the request
 * audited once. Shared by the two ways a match request arrives ({@link MatchApi}, {@link DirectMatchRoute}), which
 * check it the same way before, and which only call this once the caller is authorized.
 */
@Component
class Matching {

    /** yente's MATCH_CANDIDATES: candidates scored per result asked for (at least 20, at most 500). */
    static final int CANDIDATES_PER_RESULT = 10;
    /** The response header with the number of queries answered (yente's). */
    static final String BATCH_SIZE = "x-batch-size";

    /**
     * A match request checked in full: the dataset is known, the body and parameters are valid, and it asks for at most
     * {@link ScreeningUnits#PER_REQUEST} units of screening ({@code units}, what it spends of the caller's allowance).
     */
    record Checked(String dataset, MatchRequest request, MatchOptions options, int units) {

        /**
         * Reads the body and resolves the parameters against it, as both ways in check them (one implementation, so
         * the direct way cannot accept what the ordinary way refuses); throws {@link InvalidMatchRequest} naming the field.
         */
        static Checked of(String dataset, byte[] body, @Nullable String algorithm, @Nullable Double threshold, @Nullable Double cutoff,
                          @Nullable Integer limit, @Nullable List<String> includeDataset, @Nullable List<String> excludeDataset,
                          @Nullable List<String> excludeSchema, @Nullable List<String> topics, @Nullable String changedSince,
                          @Nullable List<String> excludeEntityIds) {
            MatchRequest request = MatchRequestParser.parse(body);
            MatchOptions options = MatchOptions.of(algorithm, threshold, cutoff, limit, includeDataset, excludeDataset, excludeSchema, topics,
                    changedSince, excludeEntityIds, request);
            Algorithms.checkTuning(request);
            int units = ScreeningUnits.of(request, candidates(options.limit()));
            if (units > ScreeningUnits.PER_REQUEST) {
                // refused before anything is screened: 100 queries of 50 names at limit 500 took 17.7 s of both cores (red27)
                throw new InvalidMatchRequest("queries", "this request asks for " + units + " units of screening, at most "
                        + ScreeningUnits.PER_REQUEST + " are answered at once (a query counts one unit per started "
                        + ScreeningUnits.NAMES_PER_UNIT + " names times one per started " + ScreeningUnits.CANDIDATES_PER_UNIT
                        + " candidates, ten per result of its limit): send fewer queries per request or a lower limit");
            }
            return new Checked(dataset, request, options, units);
        }
    }

    /** Candidates scored per query for a limit: yente's MATCH_CANDIDATES, at least 20 and at most 500. */
    static int candidates(int limit) {
        return Math.max(20, Math.min(500, limit * CANDIDATES_PER_RESULT));
    }

    private final LiveIndex index;
    private final AuditTrail audit;
    private final CurrentStaff staff;

    Matching(LiveIndex index, AuditTrail audit, CurrentStaff staff) {
        this.index = index;
        this.audit = audit;
        this.staff = staff;
    }

    YenteShapes.EntityMatchResponse answer(Checked checked) {
        MatchRequest request = checked.request();
        MatchOptions options = checked.options();
        int candidates = candidates(options.limit());
        // the event is committed while the engine works (it does not depend on the answer), and before the answer leaves
        var event = new AuditEvent("screening.match", "watchlist", checked.dataset(), staff.organizationId(), AuditEvent.Outcome.SUCCESS,
                request.queries().size() + " queries");
        Map<String, YenteShapes.EntityMatches> responses = audit.recordWhile(event, () -> {
            Map<String, YenteShapes.EntityMatches> answered = new LinkedHashMap<>();
            request.queries().forEach((key, query) -> answered.put(key, matches(query, checked.dataset(), options, candidates)));
            return answered;
        });
        return new YenteShapes.EntityMatchResponse(responses, options.limit());
    }

    /**
     * yente's scoring loop: candidates outside the dataset or the filters are skipped, results at or below the cutoff
     * dropped, those at or above the threshold counted. The cutoff is asked first: most candidates fall below it, and
     * their entries need not be looked up (a fifth of the request's time outside the engine went to those look-ups).
     */
    private YenteShapes.EntityMatches matches(ListedEntity query, String dataset, MatchOptions options, int candidates) {
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        List<YenteShapes.ScoredEntityResponse> results = new ArrayList<>();
        int total = 0;
        for (Hit hit : snapshot.hits(query, candidates)) {
            if (hit.score() <= options.cutoff()) {
                continue;
            }
            IndexedEntry entry = snapshot.entry(hit).orElse(null);
            if (entry == null || !LiveIndex.Snapshot.inScope(dataset, entry) || !options.admits(entry, snapshot.seen(entry))) {
                continue;
            }
            if (hit.score() >= options.threshold()) {
                total++;
            }
            if (results.size() < options.limit()) {
                results.add(MatchResponses.scored(hit, entry, snapshot, options.threshold()));
            }
        }
        // fail closed: a name Passage cannot read was not checked, and an empty answer must not pass for "no match"
        List<String> unread = Screening.unreadableNames(query);
        return new YenteShapes.EntityMatches(unread.isEmpty() ? 200 : 422, results, YenteShapes.TotalSpec.of(total), MatchResponses.query(query),
                unread);
    }
}
