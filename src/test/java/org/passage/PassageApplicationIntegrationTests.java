package org.passage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application starts on a real PostgreSQL that it launched itself, with the schema from Flyway. */
@PassageIntegrationTest
class PassageApplicationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnARealPostgresqlWithFlywaySchema() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isPositive();
    }
}
