package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.ListedEntity;

/**
 * What one query works out while it meets its candidates is kept for that query only, and changes no answer: the
 * scores and explanations of a screening are those of each candidate compared alone.
 */
class QueryMemoryTests {

    private static final NameParser PARSER = new NameParser();

    private static NameToken word(String text) {
        return java.util.Objects.requireNonNull(PARSER.parse(text)).tokens()[0];
    }

    @Test
    void twoWordsAreRememberedUnderWhatTheirNamesAreWrittenAs() {
        QueryMemory memory = new QueryMemory();
        NameToken ivan = word("Ivan");
        NameToken iwan = word("Iwan");
        TokenMatch.Result result = TokenMatch.compare(ivan, iwan);
        byte latin = QueryMemory.key(false, false, false, false);
        memory.put(ivan, iwan, latin, result);
        assertThat(memory.get(ivan, iwan, latin)).isSameAs(result);
        assertThat(memory.get(iwan, ivan, latin)).isNull(); // the other way round is another comparison
        assertThat(memory.get(ivan, iwan, QueryMemory.key(true, false, false, false))).isNull(); // two Arabic names
    }

    @Test
    void itKeepsABoundedNumberOfPairs() {
        QueryMemory memory = new QueryMemory();
        List<NameToken> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add(new NameToken("w" + i, List.of("w" + i), java.util.Set.of(), java.util.Set.of(), false, false, false, List.of("w" + i), false, null,
                    null));
        }
        byte key = QueryMemory.key(false, false, false, false);
        for (NameToken a : words) {
            for (NameToken b : words) {
                memory.put(a, b, key, TokenMatch.Result.NONE);
            }
        }
        int kept = 0;
        for (NameToken a : words) {
            for (NameToken b : words) {
                kept += memory.get(a, b, key) != null ? 1 : 0;
            }
        }
        assertThat(kept).isPositive().isLessThan(words.size() * words.size());
    }

    @Test
    void aScreeningScoresAndExplainsEachCandidateAsWhenComparedAlone() {
        List<ListedEntity> listed = List.of(
                entity("1", "Person", "Muhammad Ali al-Hashimi", "Mohammed Ali Hashemi", "محمد علي الهاشمي"),
                entity("2", "Person", "Ali Muhammad Hashim", "Ali Mohamed Hachem"),
                entity("3", "Person", "Kim Jong Un", "김정은", "Kim Chong-un"),
                entity("4", "Person", "Иван Петрович Сидоров", "Ivan Sidorov", "Iwan Sidorow"),
                entity("5", "Person", "Abd al-Rahman Nasrallah", "Abdulrahman Nasr Allah"),
                entity("6", "Organization", "Bank Melli Iran", "بانک ملی ایران", "National Bank of Iran"),
                entity("7", "Company", "Veltor Foundation, Kenya Branch", "Veltor Foundation"),
                entity("8", "Company", "ООО Ромашка", "Romashka LLC"));
        List<ListedEntity> queries = List.of(
                entity("q1", "Person", "Mohamad Ali Al Hashimi"),
                entity("q2", "Person", "Kim Jong-un"),
                entity("q3", "Person", "Sidorov Ivan", "Ivan Petrovich Sidorov"),
                entity("q4", "Person", "Abdul Rahman Nasr Allah"),
                entity("q5", "Organization", "Melli Bank"),
                entity("q6", "Company", "Veltor Foundation", "Romashka"));
        try (var engine = new ScreeningEngine(listed)) {
            for (ListedEntity query : queries) {
                for (ScreeningEngine.Result r : engine.screen(query, 50)) {
                    ListedEntity candidate = listed.stream().filter(e -> e.id().equals(r.id())).findFirst().orElseThrow();
                    EntityScorer.Scored alone = ScreeningEngine.compare(query, candidate);
                    assertThat(r.scored().score()).as(query.id() + " against " + r.id()).isEqualTo(alone.score());
                    assertThat(r.scored().features()).as(query.id() + " against " + r.id()).isEqualTo(alone.features());
                }
            }
        }
    }

    private static ListedEntity entity(String id, String schema, String... names) {
        return new ListedEntity(id, schema, names[0], Map.of("name", List.of(names)), "test");
    }
}
