package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any word in any letters against any Latin text: a reading is made or refused, and reading (also as a Korean, Chinese or Japanese name) never fails or runs long. */
class SoundReadingFuzzTests {

    @FuzzTest(maxDuration = "15s")
    void anyWordAgainstAnyTextIsSafe(FuzzedDataProvider data) {
        String word = data.consumeString(200);
        String latin = data.consumeAsciiString(400);
        SoundReading reading = SoundReading.of(word);
        if (reading != null) {
            assertThat(reading.strongUnits()).isGreaterThanOrEqualTo(0);
            reading.readAs(latin);
            reading.readAsNativeName(latin);
            reading.readAsJapaneseName(latin);
            reading.readAsTranscription(latin);
            reading.chineseNameAgainstChineseSpelling(latin);
            reading.syllableSpellings();
        }
        KoreanNames.readAs(word, latin);
        JapaneseSpelling.key(latin);
        ThaiSpelling.spoken(ThaiSpelling.withoutSilentLetters(word));
        ThaiSpelling.units(word);
        KhmerSpelling.spelling(word);
        SoundReading.unreadable(word);
        ChineseNames.romanisedSyllables(latin);
    }
}
