package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntity;

/** The checks every imported entity passes, whatever its format. */
class EntityRulesTests {

    private static SourcedEntity entity(String property, String value) {
        return new SourcedEntity(new ListedEntity("x-1", "Person", "", Map.of("name", List.of("Ivan Testov"), property, List.of(value)), "t"),
                "f.csv line 7");
    }

    @Test
    void aNameOfTenThousandCharactersIsRefusedNamingLineAndField() {
        assertThatThrownBy(() -> EntityRules.check(entity("alias", "a".repeat(10_000)))).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessage("f.csv line 7, field alias: a value of 10000 characters (at most 1000)");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> EntityRules.check(entity("alias", "Ivan\u0000Testov"))).hasMessageContaining("U+0000").hasMessageContaining("field alias");
        assertThatThrownBy(() -> EntityRules.check(entity("notes", "bell \u0007"))).hasMessageContaining("U+0007");
        assertThat(EntityRules.check(entity("notes", "line one\nline two")).values("notes")).containsExactly("line one\nline two");
    }

    @Test
    void lineBreaksInsideANameBecomeSpaces() {
        assertThat(EntityRules.check(entity("title", "Deputy\n      Minister")).values("title")).containsExactly("Deputy Minister");
    }

    @Test
    void lookAlikeLettersOfTheOtherScriptAreRepaired() {
        // "Ivanov" with a Cyrillic а, "ДOM" with a Latin O, "Алексáндр" with a Latin á
        assertThat(EntityRules.check(entity("alias", "Iv\u0430nov")).values("alias")).containsExactly("Ivanov");
        assertThat(EntityRules.check(entity("alias", "ДOM")).values("alias")).containsExactly("ДОМ");
        assertThat(EntityRules.check(entity("alias", "Алексáндр")).values("alias")).containsExactly("Алекса\u0301ндр");
        assertThat(EntityRules.check(entity("alias", "ПОНОМАРËВ")).values("alias")).containsExactly("ПОНОМАРЁВ");
    }

    @Test
    void wordsThatStillMixScriptsAreKeptWithAWarning() {
        List<String> warnings = new ArrayList<>();
        var checked = EntityRules.check(entity("alias", "Volnaб Shipping"), warnings::add);
        assertThat(checked.values("alias")).containsExactly("Volnaб Shipping");
        assertThat(warnings).containsExactly("f.csv line 7, field alias: the word 'Volnaб' mixes Latin and Cyrillic letters (kept as printed)");
    }

    @Test
    void namesAreNormalisedToNfc() {
        assertThat(EntityRules.check(entity("alias", "Пе\u0308тр")).values("alias")).containsExactly("Пётр");
    }

    @Test
    void anEntityNeedsAName() {
        var nameless = new SourcedEntity(new ListedEntity("x-1", "Person", "", Map.of("birthDate", List.of("1970")), "t"), "r");
        assertThatThrownBy(() -> EntityRules.check(nameless)).hasMessageContaining("field name");
    }
}
