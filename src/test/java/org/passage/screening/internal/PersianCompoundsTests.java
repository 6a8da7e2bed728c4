package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Persian surnames of a name and a suffix word written apart and out of order, on constructed names. */
class PersianCompoundsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    @Test
    void theSuffixTakenForTheSurnameMeetsTheJoinedSurname() {
        assertThat(score("ABADI, Maryam Hossein", "HOSSEINABADI, Maryam")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("ZADEH, Reza Karim", "KARIMZADEH, Reza")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("NEJAD, Ali Mousavi", "MOUSAVINEJAD, Ali")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void twoWordsInPersianLettersInReversedOrderAreOneWord() {
        // حسین‌آباد copied from a right-to-left layout as آباد حسین
        assertThat(score("آباد حسین رضا", "HOSSEINABAD Reza")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void pourBeginningASurnameIsNotTheFrenchFor() {
        assertThat(score("POUR MOHAMMADI, Hassan", "POURMOHAMMADI, Hassan")).isGreaterThanOrEqualTo(0.70);
        assertThat(new NameParser().parse("Association pour la paix").tokens()).extracting(NameToken::text).doesNotContain("pour");
    }

    @Test
    void aSuffixIsJoinedOnlyToTheWordItCompletes() {
        assertThat(score("ZADEH, Reza Karim", "RAHIMZADEH, Reza")).isLessThan(0.70);
        assertThat(score("ABADI, Maryam Hossein", "KARIMABADI, Maryam")).isLessThan(0.70);
        ParsedName name = new NameParser().parse("ABADI, Maryam Hossein");
        assertThat(PersianCompounds.join(name, new NameParser().parse("Maryam Abadi"))).isSameAs(name);
    }
}
