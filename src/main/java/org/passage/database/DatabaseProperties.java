package org.passage.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} (environment: {@code PASSAGE_DB_URL}) Passage starts its own
 * PostgreSQL under {@code embedded.home}. The password is never logged: {@link #toString()} redacts it.
 */
@ConfigurationProperties("passage.db")
public record DatabaseProperties(String url, String user, String password, @DefaultValue("10") int poolSize,
                                 @DefaultValue Embedded embedded, @DefaultValue("5s") Duration connectionTimeout) {

    public DatabaseProperties {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("passage.db.pool-size must be between 1 and 100");
        }
        if (connectionTimeout == null) {
            connectionTimeout = Duration.ofSeconds(5);
        }
        if (connectionTimeout.toMillis() < 500) {
            throw new IllegalArgumentException("passage.db.connection-timeout must be at least 500ms");
        }
    }

    boolean external() {
        return !url.isEmpty();
    }

    @Override
    public String toString() {
        return "DatabaseProperties[url=" + url + ", user=" + user + ", password=[REDACTED], poolSize=" + poolSize + ", embedded=" + embedded
                + ", connectionTimeout=" + connectionTimeout + "]";
    }

    /**
     * The embedded server: its directory, port (0 picks a free one) and database. With {@code freshDatabase}
     * every application context gets a new, empty database on the shared server, which is what tests want.
     * {@code superviseEvery}: how often the server this process started is checked, and started again if it died.
     */
    public record Embedded(@DefaultValue("data/pg") Path home, @DefaultValue("0") int port,
                           @DefaultValue("passage") String database, @DefaultValue("false") boolean freshDatabase,
                           @DefaultValue("2s") Duration superviseEvery) {
    }
}
