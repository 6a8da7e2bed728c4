package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Burmese names cut into their syllables and spelled as names are spelled in Latin letters. */
class MyanmarSpellingTests {

    @Test
    void aWordIsCutIntoSyllables() {
        assertThat(MyanmarSpelling.syllables("ထွန်းအောင်")).containsExactly("ထွန်း", "အောင်");
        assertThat(MyanmarSpelling.syllables("မင်းအောင်လှိုင်")).containsExactly("မင်း", "အောင်", "လှိုင်");
        assertThat(MyanmarSpelling.cut("ခင်")).isNull();
        assertThat(MyanmarSpelling.cut("Khin")).isNull();
    }

    @Test
    void syllablesAreSpelledAsNamesAre() {
        assertThat(MyanmarSpelling.spellings("ထွန်း")).contains("htun");
        assertThat(MyanmarSpelling.spellings("အောင်")).contains("aung");
        assertThat(MyanmarSpelling.spellings("လှိုင်")).contains("hlaing");
        assertThat(MyanmarSpelling.spellings("ကျော်")).contains("kyaw");
        assertThat(MyanmarSpelling.spellings("မြင့်")).contains("myint"); // the creaky tone's t
        assertThat(MyanmarSpelling.spellings("သိန်း")).contains("thein");
        assertThat(MyanmarSpelling.spellings("ရွှေ")).contains("shwe");
        assertThat(MyanmarSpelling.spellings("ဦး")).contains("u");
        assertThat(MyanmarSpelling.spellings("x")).isEqualTo(List.of());
    }

    @Test
    void burmeseNamesMeetTheirLatinForms() {
        assertThat(score("Person", "Htun Aung", "ထွန်းအောင်")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Min Aung Hlaing", "မင်းအောင်လှိုင်")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Person", "Thein Sein", "ခင်ညွန့်")).isLessThan(0.70);
        assertThat(score("Person", "Min Aung Hlaing", "ထွန်းအောင်")).isLessThan(0.70);
    }
}
