package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KhmerSpellingTests {

    @ParameterizedTest
    @CsvSource({"ហ៊ុន, hun", "សែន, sen", "ម៉ាណែត, manet", "នរោត្តម, norodom", "សីហមុនី, sihamoni", "កឹម, kem", "សុខា, sokha", "ជា, chea"})
    void aKhmerNameReadsAsItsPassportSpelling(String khmer, String latin) {
        SoundReading reading = SoundReading.of(khmer);
        assertThat(reading).isNotNull();
        assertThat(reading.spellsLetters()).isTrue();
        assertThat(reading.readAs(latin)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ហ៊ុន, manet", "សែន, sam", "នរោត្តម, sihamoni", "សុខា, sokhom"})
    void anotherNameDoesNot(String khmer, String latin) {
        assertThat(SoundReading.of(khmer).readAs(latin)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ហ៊ុន, hun", "សែន, saen", "សម, sam"})
    void aKhmerWordHasAPlainLatinSpelling(String khmer, String latin) {
        assertThat(Romanizer.romanize(khmer)).containsExactly(latin);
    }
}
