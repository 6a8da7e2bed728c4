package org.passage.watchlists.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares the staged entities with the live ones of a list and, for version {@code n}, records what was added,
 * changed (same id, other content hash) and removed, retires the old rows of changed and removed entities, and
 * inserts the rows of added and changed ones. Unchanged entities are not touched at all.
 */
final class VersionDiff {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VersionDiff.class);

    record Counts(long added, long changed, long removed) {
        long total() {
            return added + changed + removed;
        }
    }

    private final JdbcClient jdbc;

    VersionDiff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The first version of a list, copied straight into the entries: everything is added. Its changes are not
     * written to watchlist_changes row by row (that doubled the cost of a first import); they are the entries
     * valid from version 1, which is what {@link JdbcWatchlists#changes} reads for it.
     */
    Counts first(long entities) {
        return new Counts(entities, 0, 0);
    }

    Counts apply(long listId, int version) {
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into watchlist_changes (watchlist_id, version, entity_id, change)
                select :list, :version, e.entity_id, case when s.entity_id is null then 'removed' else 'changed' end
                from watchlist_entries e left join watchlist_staging s on s.entity_id = e.entity_id
                where e.watchlist_id = :list and e.valid_until is null and (s.entity_id is null or s.content_hash <> e.content_hash)
                """).param("list", listId).param("version", version).update();
        log.debug("diff step 1: {} ms", (System.nanoTime() - t0) / 1_000_000);
        jdbc.sql("""
                insert into watchlist_changes (watchlist_id, version, entity_id, change)
                select :list, :version, s.entity_id, 'added' from watchlist_staging s
                where not exists (select 1 from watchlist_entries e where e.watchlist_id = :list and e.entity_id = s.entity_id and e.valid_until is null)
                """).param("list", listId).param("version", version).update();
        log.debug("diff step 2: {} ms", (System.nanoTime() - t0) / 1_000_000);
        jdbc.sql("""
                update watchlist_entries e set valid_until = :version
                from watchlist_changes c
                where c.watchlist_id = :list and c.version = :version and c.change in ('changed', 'removed')
                  and e.watchlist_id = :list and e.entity_id = c.entity_id and e.valid_until is null
                """).param("list", listId).param("version", version).update();
        log.debug("diff step 3: {} ms", (System.nanoTime() - t0) / 1_000_000);
        jdbc.sql("""
                insert into watchlist_entries (watchlist_id, entity_id, valid_from, schema, caption, dataset, properties, content_hash, source_record)
                select :list, s.entity_id, :version, s.schema, s.caption, s.dataset, s.properties::jsonb, s.content_hash, s.source_record
                from watchlist_staging s join watchlist_changes c
                  on c.watchlist_id = :list and c.version = :version and c.entity_id = s.entity_id and c.change in ('added', 'changed')
                """).param("list", listId).param("version", version).update();
        log.debug("diff step 4: {} ms", (System.nanoTime() - t0) / 1_000_000);
        var counts = jdbc.sql("""
                select count(*) filter (where change = 'added'), count(*) filter (where change = 'changed'),
                       count(*) filter (where change = 'removed')
                from watchlist_changes where watchlist_id = :list and version = :version
                """).param("list", listId).param("version", version)
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        return counts;
    }
}
