package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Arabic-script compounds that Latin lists write as one word, and the index keys that find them (constructed names):
 * the key of the words written apart is the skeleton the index holds for the one Latin word.
 */
class ArabicCompoundKeysTests {

    private static final NameParser PARSER = new NameParser();

    private static java.util.List<String> keys(String arabic) {
        return ArabicCompoundKeys.of(PARSER.parse(arabic));
    }

    /** The skeleton the index holds for a Latin word ({@link CandidateIndex}, field k). */
    private static String indexed(String latin) {
        return PhoneticForm.skeleton(PARSER.token(latin).forms().getFirst());
    }

    private static boolean finds(String arabic, String latin) {
        String key = indexed(latin);
        return keys(arabic).contains(key);
    }

    @Test
    void abdAndTheArticleWrittenAsOneWord() {
        assertThat(finds("عبد العزيز", "abdulaziz")).isTrue();
        assertThat(finds("عبد العزيز", "abdelaziz")).isTrue();
        // the article assimilated to a sun letter (ar-Rahman) and kept (South Asian Abdul Rahman)
        assertThat(finds("عبد الرحمن", "abdurrahman")).isTrue();
        assertThat(finds("عبد الرحمن", "abdulrahman")).isTrue();
    }

    @Test
    void aNameOfTheFaithOrOfAllahWrittenAsOneWord() {
        assertThat(finds("نور الدين", "nuruddin")).isTrue();
        assertThat(finds("حبيب الرحمن", "habiburrahman")).isTrue();
        assertThat(finds("رحمت الله", "rahmatullah")).isTrue();
        assertThat(finds("عبد الله", "abdullah")).isTrue();
    }

    @Test
    void theKunyaWrittenAsOneWord() {
        assertThat(finds("ابو بكر", "abubakar")).isTrue();
    }

    @Test
    void aPersianSuffixWordWrittenJoined() {
        assertThat(finds("حسن زاده", "hasanzadeh")).isTrue();
        // the final he as a vowel (Afghan -zada) and the affectionate jan after a given name
        assertThat(finds("کاکا زاده", "kakazada")).isTrue();
        assertThat(finds("ولی جان", "walijan")).isTrue();
    }

    @Test
    void aFinalHeMayBeAVowelAndAFinalHaIsAConsonant() {
        assertThat(finds("عبد الله", "abdulla")).isTrue();
        assertThat(finds("عبد الفتاح", "abdulfattah")).isTrue();
        assertThat(finds("عبد الفتاح", "abdulfatta")).isFalse();
    }

    @Test
    void wordsWithNoSeamOfACompoundAreNotPutTogether() {
        // a given name and a family name: two words, whatever a namesake writes as one
        assertThat(keys("محمد حسن")).isEmpty();
        assertThat(keys("ولی حسن")).isEmpty();
        assertThat(keys("حسن")).isEmpty();
        // the article starts no compound of its own
        assertThat(keys("الحسن")).isEmpty();
    }
}
