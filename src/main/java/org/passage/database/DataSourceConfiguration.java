package org.passage.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one {@link DataSource}: the external server when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfiguration {

    /** One embedded server per directory and JVM, shared by every application context (tests start many). */
    private static final Map<Path, EmbeddedPostgresServer> SERVERS = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        var embedded = properties.embedded();
        var pool = embedded.freshDatabase() && !properties.external() ? new DroppedOnClose() : new HikariDataSource();
        pool.setPoolName("passage");
        pool.setMaximumPoolSize(properties.poolSize());
        // a request waits at most this long for a connection: when the database is gone it fails fast (503) instead
        // of hanging for Hikari's default 30 s, and the pool reconnects by itself once the database is back
        pool.setConnectionTimeout(properties.connectionTimeout().toMillis());
        pool.setValidationTimeout(Math.max(250, Math.min(1000, properties.connectionTimeout().toMillis() / 2)));
        // a constraint's error carries the row's values ("Key (name)=(…) already exists", "Failing row contains (…)"):
        // its message goes into log lines and stack traces, which must never hold a name, a note or a hash
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        if (properties.external()) {
            pool.setJdbcUrl(properties.url());
            pool.setUsername(properties.user());
            pool.setPassword(properties.password());
            return pool;
        }
        EmbeddedPostgresServer server = SERVERS.computeIfAbsent(embedded.home().toAbsolutePath().normalize(), home -> {
            var started = EmbeddedPostgresServer.start(home, embedded.port());
            started.supervise(embedded.superviseEvery() == null ? java.time.Duration.ofSeconds(2) : embedded.superviseEvery());
            // Spring Boot runs its shutdown handlers after closing every context, so the pools are gone by then
            SpringApplication.getShutdownHandlers().add(started::close);
            return started;
        });
        String database = embedded.freshDatabase() ? "test_" + UUID.randomUUID().toString().replace("-", "") : embedded.database();
        createIfMissing(server, database);
        pool.setJdbcUrl(server.jdbcUrl(database));
        pool.setUsername(server.user());
        pool.setPassword(server.password());
        if (pool instanceof DroppedOnClose fresh) {
            fresh.server = server;
            fresh.database = database;
        }
        return pool;
    }

    /** A throw-away database (tests): dropped when its application context closes, so test runs don't pile up data. */
    private static final class DroppedOnClose extends HikariDataSource {
        private EmbeddedPostgresServer server;
        private String database;

        @Override
        public void close() {
            super.close();
            try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
                 var drop = connection.createStatement()) {
                drop.execute("drop database if exists \"" + database + "\" with (force)");
            } catch (SQLException e) {
                // the server may already be stopping at JVM exit; the next run's cleanup is not needed for correctness
            }
        }
    }

    private static void createIfMissing(EmbeddedPostgresServer server, String database) {
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + ": " + e.getMessage(), e);
        }
    }
}
