package org.passage.screening.internal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.database.ClusterLocks;
import org.passage.cases.CaseApplicant;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.screening.Hit;
import org.passage.watchlists.EntryChange;
import org.passage.watchlists.Watchlists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * After a list version went live, screens every open case again and raises an alert for each matching hit of
 * that list that is new for the case, or whose entity the version changed. Safe to run twice: an alert exists
 * once per case × list version × entity, and a finished run is not run again.
 */
@Service
class Rescreening {

    /**
     * Progress of one run, for the alerts page of one organization: how far it got in percent, and the alerts it raised in
     * that organization. The run screens every organization's open cases; its counts of cases and alerts are the whole
     * installation's, and shown as such they told every organization's screeners how many open cases the others hold and
     * how many of them resembled a listed person after each list update (red27).
     */
    record Run(String list, int version, int percentDone, int alerts, boolean finished) {
    }

    private final Cases cases;
    private final Watchlists watchlists;
    private final ScreeningAlerts alerts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClusterLocks locks;

    Rescreening(Cases cases, Watchlists watchlists, ScreeningAlerts alerts, JdbcClient jdbc, Clock clock, ClusterLocks locks) {
        this.locks = locks;
        this.cases = cases;
        this.watchlists = watchlists;
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean finished(String list, int version) {
        return jdbc.sql("select finished_at is not null from screening_run where list = :list and list_version = :version")
                .param("list", list).param("version", version).query(Boolean.class).optional().orElse(false);
    }

    /** Re-screens every open case against {@code list}'s {@code version} as indexed in {@code index}. */
    void run(LiveIndex index, String list, int version) {
        if (finished(list, version)) {
            return;
        }
        // one node re-screens a version; the others skip it (and take it over if that node dies before the end)
        locks.runAlone("rescreen:" + list + ":" + version, () -> {
            if (!finished(list, version)) {
                rescreen(index, list, version);
            }
        });
    }

    private void rescreen(LiveIndex index, String list, int version) {
        List<EntryChange> changes = watchlists.changes(list, version);
        Set<String> changed = changes.stream()
                .filter(c -> c.kind() == EntryChange.Kind.CHANGED).map(EntryChange::entityId).collect(Collectors.toSet());
        List<EntryChange> removed = changes.stream().filter(c -> c.kind() == EntryChange.Kind.REMOVED).toList();
        List<CaseRef> open = cases.openCases("screening.rescreen");
        jdbc.sql("""
                        insert into screening_run (list, list_version, started_at, cases_total) values (:list, :version, :now, :total)
                        on conflict (list, list_version) do update set started_at = excluded.started_at, cases_total = excluded.cases_total,
                            cases_done = 0""")
                .param("list", list).param("version", version).param("now", Timestamp.from(clock.instant())).param("total", open.size()).update();
        int done = 0;
        int raised = 0;
        for (CaseRef ticket : open) {
            CaseApplicant applicant = cases.applicant(ticket);
            raised += screen(index, applicant, list, version, changed) + removed(applicant, list, version, removed);
            done++;
            jdbc.sql("update screening_run set cases_done = :done, alerts = alerts + :raised where list = :list and list_version = :version")
                    .param("done", done).param("raised", raised).param("list", list).param("version", version).update();
            raised = 0;
        }
        jdbc.sql("update screening_run set finished_at = :now where list = :list and list_version = :version")
                .param("now", Timestamp.from(clock.instant())).param("list", list).param("version", version).update();
    }

    /**
     * Screens one case again against every live list version, after the names he is recorded under changed: an alert
     * for each matching hit the case was never alerted about. Returns how many were raised.
     */
    int screenCase(LiveIndex index, CaseRef ticket) {
        var snapshot = index.snapshot();
        if (snapshot.isEmpty()) {
            return 0;
        }
        CaseApplicant applicant = cases.applicant(ticket);
        int raised = 0;
        for (var live : snapshot.get().versions().entrySet()) {
            raised += screen(index, applicant, live.getKey(), live.getValue(), Set.of());
        }
        return raised;
    }

    private int screen(LiveIndex index, CaseApplicant applicant, String list, int version, Set<String> changed) {
        int raised = 0;
        for (Hit hit : ApplicantScreening.screen(index, applicant)) {
            var entry = index.snapshot().flatMap(s -> s.entry(hit));
            if (!hit.match() || entry.isEmpty() || !entry.get().list().equals(list)) {
                continue;
            }
            boolean before = alerts.alertedBefore(applicant.organizationId(), applicant.caseId().value(), list, hit.entityId());
            if (before && !changed.contains(hit.entityId())) {
                continue;
            }
            if (alerts.raise(applicant.organizationId(), applicant.caseId().value(), list, version, hit.entityId(),
                    before ? ScreeningAlerts.Kind.CHANGED : ScreeningAlerts.Kind.NEW, hit.score(), hit.caption())) {
                raised++;
            }
        }
        return raised;
    }

    /**
     * An entry the case was alerted about and the version took off the list is no hit any more, so screening alone would
     * say nothing: the case is alerted that it was removed (a decision taken on it rested on a listing that is gone).
     */
    private int removed(CaseApplicant applicant, String list, int version, List<EntryChange> removed) {
        if (removed.isEmpty()) {
            return 0;
        }
        Set<String> alerted = alerts.alertedEntities(applicant.caseId().value(), list);
        int raised = 0;
        for (EntryChange gone : alerted.isEmpty() ? List.<EntryChange>of() : removed) {
            if (alerted.contains(alerts.entityIndex(applicant.organizationId(), gone.entityId()))
                    && alerts.raise(applicant.organizationId(), applicant.caseId().value(), list, version, gone.entityId(),
                    ScreeningAlerts.Kind.REMOVED, 0, gone.caption())) {
                raised++;
            }
        }
        return raised;
    }

    /** The most recent runs, newest first, as one organization sees them (see {@link Run}). */
    List<Run> recent(java.util.UUID organizationId, int limit) {
        return jdbc.sql("""
                        select r.list, r.list_version, r.cases_done, r.cases_total, r.finished_at,
                               (select count(*) from screening_alert a
                                 where a.organization_id = :organization and a.list = r.list and a.list_version = r.list_version) as own_alerts
                          from screening_run r order by r.started_at desc limit :limit""")
                .param("organization", organizationId).param("limit", limit)
                .query((rs, n) -> new Run(rs.getString("list"), rs.getInt("list_version"),
                        rs.getInt("cases_total") == 0 ? 100 : (int) (100L * rs.getInt("cases_done") / rs.getInt("cases_total")),
                        rs.getInt("own_alerts"), rs.getTimestamp("finished_at") != null)).list();
    }
}
