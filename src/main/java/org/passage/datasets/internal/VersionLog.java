package org.passage.datasets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.datasets.DatasetVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The recorded versions in {@code dataset_versions}: a new live one supersedes the old in one transaction. */
@Repository
class VersionLog {

    private final JdbcClient jdbc;

    VersionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DatasetVersion> live(String dataset) {
        return jdbc.sql("select * from dataset_versions where dataset = ? and status = 'LIVE'").param(dataset)
                .query(VersionLog::version).optional();
    }

    Optional<String> liveManifest(String dataset) {
        return jdbc.sql("select manifest from dataset_versions where dataset = ? and status = 'LIVE'").param(dataset)
                .query(String.class).optional();
    }

    /** Every live version, and every dataset's latest failure: two queries for the whole catalogue. */
    List<DatasetVersion> liveAndLatestFailures() {
        return jdbc.sql("""
                select * from dataset_versions where status = 'LIVE'
                union all
                select * from (select distinct on (dataset) * from dataset_versions where status = 'FAILED'
                               order by dataset, retrieved_at desc) failures""")
                .query(VersionLog::version).list();
    }

    List<DatasetVersion> history(String dataset) {
        return jdbc.sql("select * from dataset_versions where dataset = ? order by retrieved_at desc, id").param(dataset)
                .query(VersionLog::version).list();
    }

    @Transactional
    void makeLive(DatasetVersion version, String manifest) {
        jdbc.sql("update dataset_versions set status = 'SUPERSEDED' where dataset = ? and status = 'LIVE'").param(version.dataset()).update();
        insert(version, manifest);
    }

    /**
     * Takes back a version that went live but could not be imported by a feature reading it: the version before it
     * (if any) is live again; the caller records the failure.
     */
    @Transactional
    void revert(DatasetVersion version, @org.jspecify.annotations.Nullable DatasetVersion previous) {
        jdbc.sql("delete from dataset_versions where id = ?").param(version.id()).update();
        if (previous != null) {
            jdbc.sql("update dataset_versions set status = 'LIVE' where id = ?").param(previous.id()).update();
        }
    }

    void failed(DatasetVersion version) {
        insert(version, "");
    }

    private void insert(DatasetVersion v, String manifest) {
        jdbc.sql("""
                insert into dataset_versions (id, dataset, retrieved_at, origin, sha256, size_bytes, records, change, status, error, manifest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), v.dataset(), Timestamp.from(v.retrievedAt()), v.origin(), v.sha256(), v.sizeBytes(), v.records(),
                        v.change(), v.status().name(), v.error(), manifest)
                .update();
    }

    private static DatasetVersion version(ResultSet rs, int row) throws SQLException {
        return new DatasetVersion(rs.getObject("id", UUID.class), rs.getString("dataset"), rs.getTimestamp("retrieved_at").toInstant(),
                rs.getString("origin"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getLong("records"), rs.getString("change"),
                DatasetVersion.Status.valueOf(rs.getString("status")), rs.getString("error"));
    }
}
