package org.passage.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Work that one node of an installation does for all of them (the missed check-in sweep, a re-screening, retention)
 * runs under a PostgreSQL advisory lock named after the job: a node that finds it held skips its turn, because
 * another node is doing that work right now. The lock belongs to the connection, so a node that dies mid-way
 * releases it and the next node's turn picks the work up; the work itself must be idempotent (conditional
 * inserts and updates), which is what makes it happen exactly once.
 */
@Component
public class ClusterLocks {

    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

    private final DataSource dataSource;

    ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} unless another node (or thread) runs the job of that name; true when it ran here. */
    public boolean runAlone(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "pg_try_advisory_lock", job)) {
                log.debug("{}: another node is on it", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                lock(connection, "pg_advisory_unlock", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(job + ": could not take the cluster lock: " + e.getMessage(), e);
        }
    }

    private static boolean lock(Connection connection, String function, String job) throws SQLException {
        // hashtext gives a stable 32-bit key; the "passage:" prefix keeps clear of other applications' locks
        try (var statement = connection.prepareStatement("select " + function + "(hashtext('passage:' || ?))")) {
            statement.setString(1, job);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
