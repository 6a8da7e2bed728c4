package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code passage.db.url} (environment: {@code PASSAGE_DB_URL}) Passage uses that server and starts none
 * of its own. The "external" server here is a separate PostgreSQL with its own directory, database and role,
 * as an operator would give it.
 */
@PassageIntegrationTest
class ExternalDatabaseIntegrationTests {

    private static EmbeddedPostgresServer external;

    @BeforeAll
    static void createRoleAndDatabase() throws Exception {
        try (var connection = DriverManager.getConnection(server().jdbcUrl("postgres"), server().user(), server().password());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists operator_db");
            statement.execute("drop role if exists operator");
            statement.execute("create role operator login password 'operator-secret'");
            statement.execute("create database operator_db owner operator");
        }
    }

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("passage.db.url", () -> server().jdbcUrl("operator_db"));
        registry.add("passage.db.user", () -> "operator");
        registry.add("passage.db.password", () -> "operator-secret");
    }

    private static synchronized EmbeddedPostgresServer server() {
        if (external == null) {
            external = EmbeddedPostgresServer.start(Path.of("target/external-pg"), 0);
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(external::close);
        }
        return external;
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredServerAndMigratesItsSchema() {
        assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(server().jdbcUrl("operator_db"));
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("operator");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isPositive();
    }

    @Test
    void neverPrintsThePassword() {
        var properties = new DatabaseProperties("jdbc:postgresql://db/x", "operator", "operator-secret", 10, null, null);
        assertThat(properties.toString()).doesNotContain("operator-secret").contains("[REDACTED]");
    }
}
