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

    @Test
    void theFirstLettersOfAWordsFormsAreReadWithoutWritingTheForms() {
        // every start the forms can have: vowel runs, each digraph and its exceptions (tj before a vowel, gu before a
        // consonant), c before e/i/y, x, and words of one letter; then random words built from those starts
        List<String> starts = List.of("a", "e", "i", "o", "u", "y", "j", "ai", "eu", "oi", "ya", "iu", "schtsch", "shtch", "chtch", "shch",
                "szcz", "tsch", "sch", "shh", "tch", "tsh", "tsj", "zh", "sh", "sz", "cz", "sj", "tja", "tje", "ch", "kh", "gh", "ph",
                "ts", "tz", "ck", "gue", "gui", "gua", "gu", "ce", "ci", "cy", "ca", "c", "x", "w", "g", "h", "z", "s", "q", "k", "b", "1",
                "d", "f", "l", "m", "n", "p", "r", "t", "v", "qu", "que");
        java.util.Random random = new java.util.Random(15);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        java.util.List<String> words = new java.util.ArrayList<>(starts);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder(starts.get(random.nextInt(starts.size())));
            for (int k = random.nextInt(8); k > 0; k--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        for (String word : words) {
            long expected = 0;
            for (String form : PhoneticForm.forms(word)) {
                expected |= form.isEmpty() ? 0 : PhoneticForm.classBit(form.charAt(0));
            }
            assertThat(PhoneticForm.firstClasses(word)).as(word).isEqualTo(expected);
        }
    }

    @Test
    void aWordThatDecidesTheFirstClassesOfItsRunsDecidesThemWhateverFollows() {
        // every start of the test above, each digraph and its proper starts, and random words; each followed by
        // random continuations: where leadClasses answers, the run's first classes are that answer
        List<String> starts = new java.util.ArrayList<>(List.of("a", "e", "i", "o", "u", "y", "j", "ai", "eu", "oi", "ya", "iu", "tja",
                "tje", "tjo", "gue", "gui", "gua", "ce", "ci", "cy", "ca", "c", "x", "w", "g", "h", "z", "s", "q", "k", "b", "1", "d",
                "qu", "que", "sc", "sch", "scht", "schts", "schtsc", "shtc", "sht", "cht", "chtc", "shc", "szc", "tsc", "ts", "sh", "t",
                "tj", "gu", "ch", "cz", "aa", "ee", "ao", ""));
        java.util.Random random = new java.util.Random(28);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = random.nextInt(6) + 1; k > 0; k--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            starts.add(word.toString());
        }
        List<String> follows = new java.util.ArrayList<>(List.of("", "a", "e", "u", "o", "h", "tsch", "ch", "j", "ja", "ue", "ei", "z", "sch"));
        for (int n = 0; n < 20; n++) {
            StringBuilder next = new StringBuilder();
            for (int k = random.nextInt(6) + 1; k > 0; k--) {
                next.append(letters.charAt(random.nextInt(letters.length())));
            }
            follows.add(next.toString());
        }
        int decided = 0;
        for (String word : starts) {
            long lead = PhoneticForm.leadClasses(word);
            if (lead == PhoneticForm.UNDECIDED) {
                continue;
            }
            decided++;
            assertThat(lead).as(word).isEqualTo(PhoneticForm.firstClasses(word));
            for (String next : follows) {
                assertThat(PhoneticForm.firstClasses(word + next)).as(word + "|" + next).isEqualTo(lead);
            }
        }
        assertThat(decided).isGreaterThan(15_000);
    }
}
