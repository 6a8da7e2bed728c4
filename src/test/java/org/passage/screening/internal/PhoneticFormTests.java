package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticFormTests {

    private static String form(String ascii) {
        return PhoneticForm.forms(ascii).getFirst();
    }

    @Test
    void englishFrenchGermanPolishAndCzechSpellingsOfЩербаковMeet() {
        String english = form("shcherbakov");
        assertThat(List.of("chtcherbakov", "schtscherbakow", "scherbakow", "szczerbakow", "shtsherbakov"))
                .allSatisfy(spelling -> assertThat(PhoneticForm.forms(spelling)).contains(english));
    }

    @Test
    void aleksandrOleksandrAlexandreAndAlexanderShareOrNearlyShareAForm() {
        assertThat(form("aleksandr")).isEqualTo(form("oleksandr")).isEqualTo(form("alexandre"));
        assertThat(TokenMatch.fuzzy(form("aleksandr"), form("alexander"))).isPositive();
    }

    @Test
    void theWaysOfWritingЙAndЮAtTheEndOfANameMeet() {
        assertThat(List.of("yuriy", "iurii", "jurij", "yury", "iouri")).allSatisfy(s -> assertThat(form(s)).isEqualTo(form("yuri")));
        assertThat(List.of("sergey", "sergej", "serguei", "sergii")).allSatisfy(s -> assertThat(form(s)).isEqualTo(form("sergei")));
    }

    @Test
    void anAmbiguousChGetsBothReadings() {
        // German/Czech "ch" is х (Chrenin = Khrenin), English "ch" is ч (Chayka)
        assertThat(PhoneticForm.forms("chrenin")).contains(form("khrenin"));
        assertThat(PhoneticForm.forms("chayka")).contains(form("tschaika"));
    }

    @Test
    void theSkeletonKeepsOnlyConsonants() {
        assertThat(PhoneticForm.skeleton(form("shcherbakov"))).isEqualTo("Xrbkv");
    }
}
