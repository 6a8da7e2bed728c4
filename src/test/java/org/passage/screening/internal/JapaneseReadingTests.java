package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseReadingTests {

    @Test
    void aNameHasEveryReadingTheDictionaryGivesIt() {
        assertThat(JapaneseReading.readings("清司")).contains("キヨシ", "セイジ");
        assertThat(JapaneseReading.readings("高山")).contains("タカヤマ");
        assertThat(JapaneseReading.readings("高山清司")).contains("タカヤマキヨシ", "タカヤマセイジ");
    }

    @Test
    void kanaInANameAreReadAsThemselves() {
        assertThat(JapaneseReading.readings("田中さくら")).contains("タナカサクラ");
    }

    @Test
    void aWordTheDictionaryDoesNotKnowAsANameHasNoReading() {
        assertThat(JapaneseReading.readings("髙山")).isEmpty();
        assertThat(JapaneseReading.readings("近平")).isEmpty();
        assertThat(JapaneseReading.readings("ivan")).isEmpty();
        assertThat(JapaneseReading.readsAll("髙山 きよし")).isFalse();
        assertThat(JapaneseReading.readsAll("高山 きよし")).isTrue();
    }

    @Test
    void aNameWrittenInOneWordIsCutAfterTheSurname() {
        assertThat(JapaneseReading.surnameAndGivenName("高山清司")).isEqualTo("高山 清司");
        assertThat(JapaneseReading.surnameAndGivenName("江田憲司")).isEqualTo("江田 憲司");
        assertThat(JapaneseReading.surnameAndGivenName("习近平")).isNull();
        assertThat(JapaneseReading.surnameAndGivenName("高山")).isNull();
    }
}
