package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers written as words meet the same number in digits, and only the same number (constructed names). */
class NumberWordsTests {

    @Test
    void aRunOfNumberWordsIsOneNumber() {
        assertThat(NumberWords.joined(List.of("brigade", "forty", "four"))).containsExactly("brigade", "44");
        assertThat(NumberWords.joined(List.of("forty", "fourth", "brigade"))).containsExactly("44", "brigade");
        assertThat(NumberWords.joined(List.of("one", "hundred", "and", "twelve", "regiment"))).containsExactly("112", "regiment");
        assertThat(NumberWords.joined(List.of("two", "thousand", "three", "hundred", "five"))).containsExactly("2305");
        assertThat(NumberWords.joined(List.of("двадцать", "первый", "полк"))).containsExactly("21", "полк");
        assertThat(NumberWords.joined(List.of("сто", "сорок", "вторая"))).containsExactly("142");
        assertThat(NumberWords.joined(List.of("fourty", "four"))).containsExactly("44"); // a common misspelling
    }

    @Test
    void groupsOfDigitsAreOneNumber() {
        assertThat(NumberWords.joined(List.of("11", "420", "2", "1", "corp"))).containsExactly("1142021", "corp");
        assertThat(score("11,420.2-1 Corp.", "1142021 Corp")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("11,420.2-1 Corp.", "1142022 Corp")).isLessThan(0.70);
    }

    @Test
    void wordsThatAreNoNumberTogetherStayApart() {
        List<String> words = List.of("one", "two", "three");
        assertThat(NumberWords.joined(words)).isSameAs(words);
        assertThat(NumberWords.joined(List.of("four", "forty"))).containsExactly("four", "forty");
        assertThat(NumberWords.joined(List.of("hundred", "and"))).containsExactly("hundred", "and");
        assertThat(NumberWords.joined(List.of("bank", "and", "trust"))).containsExactly("bank", "and", "trust");
    }

    @Test
    void oneWordIsReadAsItsDigitsAndInitialsAreNot() {
        assertThat(NumberWords.number("third")).isEqualTo("3");
        assertThat(NumberWords.number("пять")).isEqualTo("5"); // Ukrainian пʼять after the apostrophe is dropped
        assertThat(NumberWords.number("iv")).isEqualTo("4");
        assertThat(NumberWords.number("pyatyy")).isEqualTo("5"); // пятый as lists romanise it
        assertThat(NumberWords.number("tri")).isNull(); // три: also a name
        assertThat(NumberWords.number("v")).isNull();
        assertThat(NumberWords.number("i")).isNull();
        assertThat(NumberWords.number("vostok")).isNull();
    }

    @Test
    void aNumberInWordsMeetsItsDigitsAndNotAnotherNumber() {
        assertThat(score("Brigade Forty-Four", "Brigade 44")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Сорок четвёртая бригада", "44 бригада")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Brigade Forty-Five", "Brigade 44")).isLessThan(0.70);
        assertThat(score("Brigade Four", "Brigade 44")).isLessThan(0.70);
    }

    private static double score(String a, String b) {
        return NamePairs.score("Organization", a, b);
    }
}
