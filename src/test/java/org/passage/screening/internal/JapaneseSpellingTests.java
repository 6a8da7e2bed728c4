package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseSpellingTests {

    @ParameterizedTest
    @CsvSource({"sato, satou", "sato, satoh", "sato, satoo", "ono, ohno", "ono, oono", "yoichi, youichi", "shunsuke, syunsuke",
            "chiaki, tiaki", "tsuyoshi, tuyosi", "fujita, huzita", "hattori, hatori", "shimbun, shinbun", "yuko, yuuko", "seiji, seji"})
    void hepburnKunreiAndLongVowelSpellingsShareAKey(String a, String b) {
        assertThat(JapaneseSpelling.key(a)).isEqualTo(JapaneseSpelling.key(b));
    }

    @ParameterizedTest
    @CsvSource({"sato, saito", "ono, ino", "yoichi, yuichi", "kenji, kenta", "ohara, ora"})
    void anotherNameHasAnotherKey(String a, String b) {
        assertThat(JapaneseSpelling.key(a)).isNotEqualTo(JapaneseSpelling.key(b));
    }

    @ParameterizedTest
    @CsvSource({"milei, mirei", "lina, rina", "valerio, barerio"})
    void aLatinLOrVIsTheROrBOfKana(String latin, String hepburn) {
        assertThat(JapaneseSpelling.key(latin)).isEqualTo(JapaneseSpelling.key(hepburn));
    }
}
