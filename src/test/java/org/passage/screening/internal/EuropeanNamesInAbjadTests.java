package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import org.junit.jupiter.api.Test;

/**
 * European names in Arabic, Persian and Hebrew letters, written as they are said (Javier خاویر, Vázquez فاسكيز, Leconte
 * لوكونت), and the letters Arabic adds for foreign sounds (ڤ v).
 */
class EuropeanNamesInAbjadTests {

    private static boolean reads(String abjad, String latin) {
        AbjadReading reading = AbjadReading.of(abjad);
        return reading != null && reading.readAs(latin);
    }

    @Test
    void theLettersForForeignSoundsAreRead() {
        assertThat(reads("ڤاسيليڤ", "vasiliev")).isTrue();
        assertThat(reads("نيكولايڤيتش", "nikolaevich")).isTrue();
        assertThat(AbjadReading.of("ڤال").foreign()).isTrue();
        assertThat(AbjadReading.of("فال").foreign()).isFalse();
    }

    @Test
    void spellingsOfOtherLanguagesAreRead() {
        assertThat(reads("طارق", "tareck")).isTrue(); // ck for qaf, as for kaf
        assertThat(reads("שודרי", "chaudhry")).isTrue(); // the Urdu aspirate dh, which Hebrew writes ד
        assertThat(reads("لوكونت", "leconte")).isTrue(); // the French unstressed e of le- written و
        assertThat(reads("لوفيفر", "lefevre")).isTrue();
    }

    @Test
    void theFrenchEIsReadOnlyInAFirstSyllable() {
        assertThat(reads("نور", "ner")).isFalse();
        assertThat(reads("موسى", "mesa")).isFalse();
        assertThat(reads("لوكونت", "lekent")).isFalse(); // the second و is an o
    }

    @Test
    void aEuropeanNameIsReadAsItIsSaid() {
        assertThat(score("Person", "Javier MILEI", "خاویر میلئی")).isGreaterThanOrEqualTo(0.70); // Spanish j said kh
        assertThat(score("Person", "Javier MILEI", "חאבייר מיליי")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Adrián VÁZQUEZ LÁZARA", "أدريان فاسكيز لازارا")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Johnny Brady", "جوني برادي")).isGreaterThanOrEqualTo(0.70); // English h unsaid
    }

    @Test
    void anArabicNameInLatinLettersIsNotRespelledAsEuropean() {
        // Spanish says z as s, which read Khazein as حسین (Hossein): a Latin name written as Arabic names are keeps its letters
        assertThat(score("Person", "حسین محمدی", "KHAZEIN, Mahmoud")).isLessThan(0.70);
        assertThat(score("Person", "عبد الحی عظیم", "Abdul Hai Hazem")).isLessThan(0.70); // French drops h: Azim is not Hazem
    }

    @Test
    void hebrewAbdAnswersAbdulWhenTheArticleIsJoinedToTheNextWord() {
        assertThat(score("Person", "MAJEED ABDUL CHAUDHRY", "עבד אלמג'יד שודרי")).isGreaterThanOrEqualTo(0.70);
    }
}
