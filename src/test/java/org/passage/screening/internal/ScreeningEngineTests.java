package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.ListedEntity;

/**
 * Candidate retrieval when many listed people share the query's given name: the two kinds of variant that
 * {@code passage bench screening --diagnose} found lost at 1M names (a misspelt surname that no indexed form shares,
 * and a surname shaped like a patronymic) are found among 150 namesakes added before them.
 */
class ScreeningEngineTests {

    private static final String[] FIRST = {"Бел", "Вор", "Гар", "Дуб", "Жук", "Зим", "Каб", "Лун", "Мир", "Нос"};
    private static final String[] MIDDLE = {"ан", "ен", "ин", "он", "ур"};
    private static final String[] LAST = {"ов", "ев", "ин"};

    private static ListedEntity person(String id, String name) {
        return new ListedEntity(id, "Person", name, Map.of("name", List.of(name)), "test");
    }

    /** 150 people named {@code given patronymic} with made-up surnames, then the one to find. */
    private static ScreeningEngine namesakesThen(String given, String patronymic, ListedEntity target) {
        List<ListedEntity> entities = new ArrayList<>();
        for (String a : FIRST) {
            for (String b : MIDDLE) {
                for (String c : LAST) {
                    entities.add(person("namesake-" + entities.size(), a + b + c + " " + given + " " + patronymic));
                }
            }
        }
        entities.add(target);
        return new ScreeningEngine(entities);
    }

    private static boolean found(ScreeningEngine engine, String query, String id) {
        return engine.screen(person("query", query), 10).stream().anyMatch(r -> r.id().equals(id) && r.scored().score() >= 0.70);
    }

    @Test
    void aMisspeltSurnameThatNoListedFormSharesIsFoundAmongNamesakes() {
        try (var engine = namesakesThen("Дмитрий", "Иванович", person("target", "Косолапов Дмитрий Оганесович"))) {
            assertThat(found(engine, "Косоуапов Дмитрий", "target")).isTrue();
            assertThat(found(engine, "Паиова Дмитрий", "target")).isFalse(); // nothing like him: no match is made up
        }
    }

    @Test
    void aSurnameShapedLikeAPatronymicIsFoundAmongNamesakes() {
        try (var engine = namesakesThen("Михаил", "Владимирович", person("target", "Станкевич Михаил Владимирович"))) {
            assertThat(found(engine, "Mihail Wladimirowitsch Stankevitsh", "target")).isTrue();
        }
    }
}
