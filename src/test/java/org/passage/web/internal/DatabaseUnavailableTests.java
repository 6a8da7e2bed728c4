package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passage.web.SecurityHeaders;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which failures are a lost database (503, reconnecting), a busy pool (503, too busy), or neither (the usual 500). */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTests {

    @Test
    void aCheckInLinksTokenIsNotWrittenToTheLogWhenTheDatabaseIsGone(CapturedOutput output) throws Exception {
        // whoever reads the log (an operator, a log shipper, a seized server's disk) could check in with the token
        String token = "Qm9vbXNoYWthbGFrYV9jaGVja2luX3Rva2VuXzQzY2g";
        var request = new MockHttpServletRequest("POST", "/checkin/" + token);
        var response = new MockHttpServletResponse();
        var lost = new CannotGetJdbcConnectionException("no connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused")));
        new DatabaseUnavailable(new StaticMessageSource()).doFilter(request, response, (req, res) -> {
            throw lost;
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(output.getAll()).contains("database unavailable for POST /checkin/").doesNotContain(token);
        // the page answers without the security chain's headers (reset() dropped them): it writes the same list itself
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void anIdStaysInTheLoggedAddressALongTokenDoesNot() {
        assertThat(DatabaseUnavailable.loggedPath("/cases/0f8fad5b-d9cb-469f-a165-70867728950e/notes"))
                .isEqualTo("/cases/0f8fad5b-d9cb-469f-a165-70867728950e/notes");
        assertThat(DatabaseUnavailable.loggedPath("/checkin/abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE")).isEqualTo("/checkin/…");
        assertThat(DatabaseUnavailable.loggedPath("/vetting/leads")).isEqualTo("/vetting/leads");
    }

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
