package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A statement the database refuses: its error, which a log line or a stack trace prints, does not carry the row's
 * values (PostgreSQL's detail, "Key (name)=(…) already exists", is left out by the driver).
 */
@PassageIntegrationTest
class DatabaseErrorsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedRowsValuesAreNotInTheError() {
        // a table of its own, dropped after: the schema's catalogue test would count a table left behind
        jdbc.sql("create table if not exists refused_names (name text primary key)").update();
        Throwable refused;
        try {
            jdbc.sql("insert into refused_names (name) values (?) on conflict do nothing").param("Иванов MARKERNAME").update();
            refused = catchThrowable(() -> jdbc.sql("insert into refused_names (name) values (?)").param("Иванов MARKERNAME").update());
        } finally {
            jdbc.sql("drop table if exists refused_names").update();
        }
        assertThat(refused).isNotNull();
        var trace = new StringWriter();
        refused.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).contains("refused_names").doesNotContain("MARKERNAME");
    }
}
