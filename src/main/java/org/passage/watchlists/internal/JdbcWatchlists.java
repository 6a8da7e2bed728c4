package org.passage.watchlists.internal;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.passage.watchlists.EntryChange;
import org.passage.watchlists.EntryDiff;
import org.passage.watchlists.EntryVersion;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntity;
import org.passage.watchlists.ListedEntry;
import org.passage.watchlists.WatchlistSummary;
import org.passage.database.DatabaseNotifications;
import org.passage.watchlists.WatchlistVersionActivated;
import org.passage.watchlists.Watchlists;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * Watchlists in PostgreSQL. An import runs in one transaction: lock the list, stage the source with COPY,
 * diff against the live version, activate the new version, publish {@link WatchlistVersionActivated}. Any
 * failure rolls all of it back, so the previous version stays live, and the failure is recorded apart.
 */
@Service
class JdbcWatchlists implements Watchlists {

    private static final TypeReference<Map<String, List<String>>> PROPERTIES = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final TransactionTemplate reading;
    private final ApplicationEventPublisher events;
    private final DatabaseNotifications notifications;

    JdbcWatchlists(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                   DatabaseNotifications notifications) {
        this.notifications = notifications;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.events = events;
    }

    @Override
    public ImportReport importVersion(ImportRequest request, ImportProgress progress) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        SourceFiles files = SourceFiles.of(request.format(), request.path(), request.mapping(), request.list());
        try {
            String digest = files.digest();
            return transaction.execute(status -> {
                long listId = lock(request);
                var live = jdbc.sql("select version, source_digest, entities from watchlist_versions where watchlist_id = ? and status = 'live'")
                        .param(listId).query((rs, i) -> new Live(rs.getInt(1), rs.getString(2), rs.getLong(3))).optional();
                if (live.isPresent() && live.get().digest().equals(digest)) {
                    return unchanged(request, live.get(), digest, started);
                }
                var source = files.source();
                StagingTable.Staged staged;
                try {
                    var staging = new StagingTable(DataSourceUtils.getConnection(dataSource));
                    staging.create();
                    staged = live.isPresent() ? staging.fill(source, files, progress) : staging.fillFirstVersion(listId, source, files, progress);
                } catch (SQLException e) {
                    throw new IllegalStateException("storing the import failed: " + e.getMessage(), e);
                }
                long entities = staged.entities();
                if (entities == 0) {
                    throw new InvalidWatchlistInput(files.sourceName(), "", "empty: no entities to import (the live version, if any, is kept)");
                }
                progress.storing();
                int version = live.map(l -> l.version() + 1).orElse(1);
                var diff = new VersionDiff(jdbc);
                var counts = live.isPresent() ? diff.apply(listId, version) : diff.first(entities);
                if (live.isPresent() && counts.total() == 0) {
                    status.setRollbackOnly();
                    return unchanged(request, live.get(), digest, started);
                }
                jdbc.sql("update watchlist_versions set status = 'superseded' where watchlist_id = ? and status = 'live'").param(listId).update();
                jdbc.sql("""
                        insert into watchlist_versions (watchlist_id, version, status, source_name, source_digest, started_at,
                                                        entities, added, changed, removed, skipped, dataset_version)
                        values (?, ?, 'live', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).params(listId, version, files.sourceName(), digest, Timestamp.from(startedAt), entities,
                        counts.added(), counts.changed(), counts.removed(), source.skipped(), request.datasetVersion()).update();
                jdbc.sql("update watchlists set live_version = ?, format = ? where id = ?").params(version, request.format().cliName(), listId).update();
                events.publishEvent(new WatchlistVersionActivated(request.list(), version, counts.added(), counts.changed(), counts.removed(), Instant.now()));
                // every other node (and a server while this is a command-line import) rebuilds its index on commit
                notifications.publish(WatchlistVersionActivated.CHANNEL, request.list() + ":" + version);
                return new ImportReport(request.list(), ImportReport.Outcome.ACTIVATED, version, entities, counts.added(), counts.changed(),
                        counts.removed(), source.skipped(), staged.warningCount(), staged.warnings(), digest, Duration.ofNanos(System.nanoTime() - started));
            });
        } catch (InvalidWatchlistInput | UncheckedIOException e) {
            recordFailure(request.list(), files.sourceName(), e.getMessage());
            throw e;
        }
    }

    private record Live(int version, String digest, long entities) {
    }

    private static ImportReport unchanged(ImportRequest request, Live live, String digest, long started) {
        return new ImportReport(request.list(), ImportReport.Outcome.UNCHANGED, live.version(), live.entities(), 0, 0, 0, 0, 0, List.of(), digest,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Creates the list on its first import and locks it, so two imports of one list run one after the other. */
    private long lock(ImportRequest request) {
        jdbc.sql("insert into watchlists (name, format) values (?, ?) on conflict (name) do nothing")
                .params(request.list(), request.format().cliName()).update();
        return jdbc.sql("select id from watchlists where name = ? for update").param(request.list()).query(Long.class).single();
    }

    private void recordFailure(String list, String source, String error) {
        separate.executeWithoutResult(status -> jdbc.sql("insert into watchlist_import_failures (list_name, source_name, error) values (?, ?, ?)")
                .params(list, source, error.length() > 2000 ? error.substring(0, 2000) : error).update());
    }

    @Override
    public long dryRun(ImportRequest request) {
        long[] count = {0};
        SourceFiles.of(request.format(), request.path(), request.mapping(), request.list()).source().read(sourced -> {
            var entity = EntityRules.check(sourced);
            Json.MAPPER.writeValueAsString(new java.util.TreeMap<>(entity.properties())); // the encoding an import does per entity
            count[0]++;
        });
        return count[0];
    }

    @Override
    public void forget(String list) {
        transaction.executeWithoutResult(status -> {
            var id = jdbc.sql("select id from watchlists where name = ? for update").param(list).query(Long.class).optional();
            id.ifPresent(listId -> {
                for (String table : List.of("watchlist_changes", "watchlist_entries", "watchlist_versions")) {
                    jdbc.sql("delete from " + table + " where watchlist_id = ?").param(listId).update();
                }
                jdbc.sql("delete from watchlists where id = ?").param(listId).update();
            });
        });
        // clean up now, or autovacuum does it during the next (measured) import
        jdbc.sql("vacuum watchlist_entries, watchlist_changes, watchlist_versions").update();
    }

    @Override
    public List<WatchlistSummary> summaries() {
        return jdbc.sql("""
                select w.name, w.format, coalesce(v.version, 0), v.imported_at, coalesce(v.entities, 0), coalesce(v.added, 0),
                       coalesce(v.changed, 0), coalesce(v.removed, 0), coalesce(v.source_name, ''), coalesce(v.source_digest, ''), v.dataset_version
                from watchlists w left join watchlist_versions v on v.watchlist_id = w.id and v.status = 'live'
                order by w.name
                """).query((rs, i) -> new WatchlistSummary(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11))).list();
    }

    @Override
    public List<EntryChange> changes(String list, int version) {
        if (version == 1) {
            // a first version adds all its entries (see VersionDiff#first)
            return jdbc.sql("""
                    select e.entity_id, e.caption from watchlist_entries e join watchlists w on w.id = e.watchlist_id
                    where w.name = ? and e.valid_from = 1
                    order by e.entity_id
                    """).params(list).query((rs, i) -> new EntryChange(list, 1, rs.getString(1), EntryChange.Kind.ADDED, rs.getString(2))).list();
        }
        return jdbc.sql("""
                select c.entity_id, c.change, coalesce(e.caption, '')
                from watchlist_changes c join watchlists w on w.id = c.watchlist_id
                left join watchlist_entries e on e.watchlist_id = c.watchlist_id and e.entity_id = c.entity_id
                     and (case when c.change = 'removed' then e.valid_until = c.version else e.valid_from = c.version end)
                where w.name = ? and c.version = ?
                order by c.change, c.entity_id
                """).params(list, version).query((rs, i) -> new EntryChange(list, version, rs.getString(1),
                EntryChange.Kind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)), rs.getString(3))).list();
    }

    @Override
    public Map<EntryVersion, EntryDiff> diffs(java.util.Collection<EntryVersion> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        // entries are kept per version, a new row only when the content changed: for each entry asked, the row its version
        // ended and the one it began, all read in one query (a page of alerts asked one query per changed entry)
        record Row(EntryVersion asked, int validFrom, @org.jspecify.annotations.Nullable Integer validUntil,
                   Map<String, List<String>> properties) {
        }
        var asked = List.copyOf(new java.util.LinkedHashSet<>(entries));
        List<Row> rows = jdbc.sql("""
                select k.list, k.version, k.entity_id, e.valid_from, e.valid_until, e.properties::text
                from unnest(?::text[], ?::int[], ?::text[]) as k(list, version, entity_id)
                join watchlists w on w.name = k.list
                join watchlist_entries e on e.watchlist_id = w.id and e.entity_id = k.entity_id
                     and (e.valid_until = k.version or e.valid_from = k.version)""")
                .params(asked.stream().map(EntryVersion::list).toArray(String[]::new),
                        asked.stream().map(EntryVersion::version).toArray(Integer[]::new),
                        asked.stream().map(EntryVersion::entityId).toArray(String[]::new))
                .query((rs, i) -> new Row(new EntryVersion(rs.getString(1), rs.getInt(2), rs.getString(3)), rs.getInt(4),
                        rs.getObject(5, Integer.class), Json.MAPPER.readValue(rs.getString(6), PROPERTIES)))
                .list();
        var byEntry = rows.stream().collect(java.util.stream.Collectors.groupingBy(Row::asked));
        Map<EntryVersion, EntryDiff> diffs = new java.util.HashMap<>();
        byEntry.forEach((entry, versions) -> {
            int version = entry.version();
            var before = versions.stream().filter(r -> Integer.valueOf(version).equals(r.validUntil())).findFirst();
            var after = versions.stream().filter(r -> r.validFrom() == version).findFirst();
            if (before.isEmpty()) {
                return; // the version added the entity, or left it as it was
            }
            var was = before.get().properties();
            Map<String, List<String>> now = after.map(Row::properties).orElse(Map.of());
            var names = new java.util.TreeSet<>(was.keySet());
            names.addAll(now.keySet());
            List<EntryDiff.Field> fields = names.stream()
                    .filter(p -> !java.util.Objects.equals(was.getOrDefault(p, List.of()), now.getOrDefault(p, List.of())))
                    .map(p -> new EntryDiff.Field(p, was.getOrDefault(p, List.of()), now.getOrDefault(p, List.of()))).toList();
            diffs.put(entry, new EntryDiff(entry.list(), before.get().validFrom(), version, after.isEmpty(),
                    after.isEmpty() ? List.of() : fields));
        });
        return diffs;
    }

    @Override
    public void forEachLiveEntry(Set<String> lists, Consumer<ListedEntry> consumer) {
        reading.executeWithoutResult(status -> {
            var template = new JdbcTemplate(dataSource);
            template.setFetchSize(2_000);
            String filter = lists.isEmpty() ? "" : " and w.name = any (?)";
            Object[] args = lists.isEmpty() ? new Object[0] : new Object[] {lists.toArray(String[]::new)};
            template.query("""
                    select w.name, w.live_version, e.source_record, e.entity_id, e.schema, e.caption, e.dataset, e.properties::text,
                           (select v.imported_at from watchlist_entries f
                                join watchlist_versions v on v.watchlist_id = f.watchlist_id and v.version = f.valid_from
                            where f.watchlist_id = e.watchlist_id and f.entity_id = e.entity_id
                            order by f.valid_from limit 1) as first_seen,
                           c.imported_at as last_change
                    from watchlist_entries e join watchlists w on w.id = e.watchlist_id
                    left join watchlist_versions c on c.watchlist_id = e.watchlist_id and c.version = e.valid_from
                    where e.valid_until is null""" + filter + " order by w.name, e.entity_id", rs -> {
                var entity = new ListedEntity(rs.getString(4), rs.getString(5), rs.getString(6),
                        Json.MAPPER.readValue(rs.getString(8), PROPERTIES), rs.getString(7));
                // the entity's own history (entries are kept per version, a new row only when its content changed)
                var firstSeen = rs.getTimestamp(9);
                var lastChange = rs.getTimestamp(10);
                consumer.accept(new ListedEntry(rs.getString(1), rs.getInt(2), rs.getString(3), entity,
                        firstSeen == null ? null : firstSeen.toInstant(), lastChange == null ? null : lastChange.toInstant()));
            }, args);
        });
    }
}
