package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchFoldingTests {

    @ParameterizedTest
    @CsvSource({
            "Щербаков, Shcherbakov", "Щербаков, Scherbakov", "Щербаков, Ščerbakov",
            "Дмитрий, Dmitriy", "Дмитрий, Dmitry", "Дмитрий, Dmitrij", "Дмитрий, Dmitrii",
            "Алексей, Aleksey", "Алексей, Alexei", "Юрий, Yuriy", "Юрий, Iurii", "Юрий, Jurij",
            "Хабибуллин, Khabibullin", "Цой, Tsoi", "Жуков, Zhukov", "Ёлкин, Yolkin", "Фёдор, Fyodor", "Фёдор, Fedor",
            "Наталья, Natalya", "Наталья, Natalia", "Морозов, MOROZOV", "Щукин, Shchukin",
    })
    void namesFoldTogetherAcrossScriptsAndTransliterations(String cyrillic, String latin) {
        assertThat(SearchFolding.fold(cyrillic)).isEqualTo(SearchFolding.fold(latin));
    }

    @ParameterizedTest
    @CsvSource({"Морозов, Морозова", "Иванов, Петров", "Дмитрий, Dmitrov"})
    void differentNamesStayDifferent(String one, String other) {
        assertThat(SearchFolding.fold(one)).isNotEqualTo(SearchFolding.fold(other));
    }

    @org.junit.jupiter.api.Test
    void handlesAndPhoneNumbers() {
        assertThat(SearchFolding.fold("@ivan_petrov")).isEqualTo(" ivan petrov ");
        assertThat(SearchFolding.digits("+7 (912) 123-45-67")).isEqualTo("79121234567");
        assertThat(SearchFolding.digits("No. 12")).isEmpty();
    }
}
