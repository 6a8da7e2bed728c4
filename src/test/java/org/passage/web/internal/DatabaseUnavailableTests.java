package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Which failures are a lost database (503, reconnecting), a busy pool (503, too busy), or neither (the usual 500). */
class DatabaseUnavailableTests {

    @Test
    void aRefusedOrBrokenConnectionIsALostDatabase() {
        var refused = new SQLTransientConnectionException("passage - Connection is not available", null,
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused")));
        assertThat(DatabaseUnavailable.reason(new CannotGetJdbcConnectionException("no connection", refused)))
                .isEqualTo(DatabaseUnavailable.Reason.LOST);
        assertThat(DatabaseUnavailable.reason(new RuntimeException(new SQLException("terminating connection due to crash of another server process", "57P02"))))
                .isEqualTo(DatabaseUnavailable.Reason.LOST);
    }

    @Test
    void aPoolWaitWithNoFailureBehindItIsBusy() {
        var timeout = new SQLTransientConnectionException("passage - Connection is not available, request timed out after 5000ms");
        assertThat(DatabaseUnavailable.reason(new CannotGetJdbcConnectionException("no connection", timeout))).isEqualTo(DatabaseUnavailable.Reason.BUSY);
    }

    @Test
    void anythingElseIsNotTheDatabasesFault() {
        assertThat(DatabaseUnavailable.reason(new IllegalStateException("a bug"))).isNull();
        assertThat(DatabaseUnavailable.reason(new RuntimeException(new SQLException("duplicate key", "23505")))).isNull();
    }
}
