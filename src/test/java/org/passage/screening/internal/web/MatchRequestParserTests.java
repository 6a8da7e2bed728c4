package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** yente's request shape read into queries; every refusal names its field. */
class MatchRequestParserTests {

    private static MatchRequest parse(String json) {
        return MatchRequestParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQueriesInOrderWithSingleValuesOrLists() {
        var request = parse("""
                {"queries": {"b": {"schema": "Person", "properties": {"name": "Ivanov Ivan", "birthDate": ["1991", "1991-03-02"]}},
                             "a": {"id": "x1", "schema": "Company", "properties": {"name": ["Orel", " "], "country": "ru"}}},
                 "threshold": 0.8, "limit": 3, "weights": {"name_literal": 0.5}}""");
        assertThat(request.queries().keySet()).containsExactly("b", "a");
        assertThat(request.queries().get("b").values("birthDate")).containsExactly("1991", "1991-03-02");
        assertThat(request.queries().get("a").id()).isEqualTo("x1");
        assertThat(request.queries().get("a").values("name")).containsExactly("Orel");
        assertThat(request.threshold()).isEqualTo(0.8);
        assertThat(request.limit()).isEqualTo(3);
    }

    @Test
    void aQueryByFirstAndLastNameIsEnough() {
        var q = parse("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"firstName\": \"Ivan\", \"lastName\": \"Ivanov\"}}}}")
                .queries().get("q");
        assertThat(q.caption()).isEqualTo("Ivan Ivanov");
    }

    @Test
    void refusalsNameTheField() {
        assertField("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": \"---\"}}}}", "queries.q.properties.name");
        assertField("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": \"Ivan\\u202Eov\"}}}}", "queries.q.properties.name");
        assertField("{\"queries\": {\"q\": {\"schema\": \"Person\"}}}", "queries.q.properties");
        assertField("{\"queries\": {\"q\": \"Ivanov\"}}", "queries.q");
        assertField("{\"queries\": {\"bad key!\": {}}}", "queries");
        assertField("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": \"Ivanov\"}}}, \"threshold\": 2}", "threshold");
        assertField("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": \"Ivanov\"}}}, \"limit\": 1.5}", "limit");
    }

    private static void assertField(String json, String field) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InvalidMatchRequest.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
