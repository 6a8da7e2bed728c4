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
        assertField("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"birthDate\": \"1991\"}}}}", "queries.q.properties.name");
    }

    @Test
    void aMisspelledNamePropertyIsNamedInTheRefusal() {
        // a client's first request with "nmae": "needs at least one name" alone sent him looking at his name's value
        assertThatThrownBy(() -> parse("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"nmae\": \"Shoigu\", \"birthDate\": \"1955\"}}}}"))
                .isInstanceOf(InvalidMatchRequest.class)
                .hasMessageContaining("it gives only nmae, birthDate")
                .hasMessageContaining("property names are FollowTheMoney's");
    }

    @Test
    void countriesAndDatesAreCleanedAsYenteCleansThem() {
        var q = parse("""
                {"queries": {"q": {"schema": "Person", "properties": {"name": "Ivanov", "country": ["Russia", "RUS", "Narnia"],
                 "nationality": "Russian Federation", "citizenship": "Россия",
                 "birthDate": ["1991-03-02T10:00:00", "2 March", 1965, "1991-13"]}}}}""").queries().get("q");
        assertThat(q.values("country")).containsExactly("ru");
        assertThat(q.values("nationality")).containsExactly("ru");
        assertThat(q.values("citizenship")).containsExactly("ru");
        assertThat(q.values("birthDate")).containsExactly("1991-03-02", "1965");
    }

    @Test
    void vesselsAirplanesAndIdentifierOnlyQueriesAreAccepted() {
        assertThat(parse("{\"queries\": {\"v\": {\"schema\": \"Vessel\", \"properties\": {\"imoNumber\": \"IMO9000017\"}}}}").queries()
                .get("v").caption()).isEqualTo("IMO9000017");
        assertThat(parse("{\"queries\": {\"p\": {\"schema\": \"Airplane\", \"properties\": {\"name\": \"RA-96017\"}}}}").queries()
                .get("p").schema()).isEqualTo("Airplane");
    }

    @Test
    void statusesAreYentes() {
        assertStatus("{\"queries\": ", 422);
        assertStatus("{\"queries\": {\"q\": {\"properties\": {\"name\": \"Banana\"}}}}", 422);
        assertStatus("{\"queries\": {\"q\": {\"schema\": \"xxx\", \"properties\": {\"name\": \"Banana\"}}}}", 400);
        assertStatus("{\"queries\": {}}", 400);
        assertStatus("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": \"x\"}}}, \"weights\": [1]}", 422);
    }

    private static void assertStatus(String json, int status) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InvalidMatchRequest.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private static void assertField(String json, String field) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InvalidMatchRequest.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
