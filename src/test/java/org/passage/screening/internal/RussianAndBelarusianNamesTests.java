package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Russian and Belarusian names as the EU's annexes write them beside their English or Latin form (constructed names;
 * Veltor, Kaltor, Veltuga and the rest are invented): words typed in two scripts, the adjective of a place, the words of
 * defence plants and institutes, Belarusian legal forms, and Belarusian spellings of a person's names.
 */
class RussianAndBelarusianNamesTests {

    private static double score(String schema, String a, String b) {
        return NamePairs.score(schema, a, b);
    }

    @Test
    void aWordTypedInTwoScriptsIsReadInTheScriptItsOtherLettersNeed() {
        // Л has no Latin lookalike, the Latin O and B all have Cyrillic ones: the word is Cyrillic
        assertThat(LookalikeLetters.inOneScript("ЛOBOPOB")).isEqualTo("ЛОВОРОВ");
        // the Cyrillic М has a Latin lookalike and y, a, s, h do not all have Cyrillic ones: the word is Latin
        assertThat(LookalikeLetters.inOneScript("Мyasnikov")).isEqualTo("Myasnikov");
        // the Latin kra looks like the Cyrillic к
        assertThat(LookalikeLetters.inOneScript("Ниĸолаевич")).isEqualTo("Николаевич");
        String plain = "Иван Петров, Ivan Petrov";
        assertThat(LookalikeLetters.inOneScript(plain)).isSameAs(plain);
        assertThat(score("Person", "Роман Александрович ЛOBOPOB", "Roman Aleksandrovich LOVOROV")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theAdjectiveOfAPlaceFollowsRussianGrammar() {
        assertThat(TokenMatch.placeAdjective("veltuzhskiy", "veltuga")).isTrue(); // г before -ский is ж: Калуга калужский
        assertThat(TokenMatch.placeAdjective("kaltochskaya", "kaltoka")).isTrue(); // к is ч
        assertThat(TokenMatch.placeAdjective("kaltnenskiy", "kaltno")).isTrue(); // -о takes -енский: Гродно гродненский
        assertThat(TokenMatch.placeAdjective("veltsinskiy", "veltse")).isTrue(); // -е takes -инский: Туапсе туапсинский
        assertThat(TokenMatch.placeAdjective("udenskiy", "ude")).isTrue(); // Улан-Удэ улан-удэнский
        assertThat(TokenMatch.placeAdjective("veltosiyskiy", "veltosia")).isTrue(); // -ия keeps its и: Феодосия феодосийский
        assertThat(TokenMatch.placeAdjective("veltosiyskiy", "veltosiya")).isTrue();
        // a link is taken by a place in -о, -е, -и only: Lena's adjective is Lenskiy, not Leninskiy
        assertThat(TokenMatch.placeAdjective("leninskiy", "lena")).isFalse();
        assertThat(TokenMatch.placeAdjective("udenskiy", "uda")).isFalse();
        assertThat(score("Company", "АО «Велтужский оптический завод»", "Veltuga Optical Plant JSC")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("Company", "ОАО «Калтненская табачная фабрика»", "Kaltno Tobacco Factory OJSC")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theWordsOfDefencePlantsAreTranslated() {
        assertThat(OrgTerms.term("tabachnaya")).isEqualTo("TOBACCO");
        assertThat(OrgTerms.term("vooruzheniya")).isEqualTo("ARMS");
        assertThat(OrgTerms.term("bespilotnyye")).isEqualTo("UNMANNED");
        assertThat(OrgTerms.term("zheleznodorozhnoy")).isEqualTo("RAILWAY");
        assertThat(score("Company", "ООО «Велтор Беспилотные Системы»", "Veltor Unmanned Systems LLC")).isGreaterThanOrEqualTo(0.8);
        // машиностроение says "mechanical engineering" in one word
        assertThat(score("Company", "АО «Опытное конструкторское бюро машиностроения»", "JSC Experimental Design Bureau of Mechanical Engineering"))
                .isGreaterThanOrEqualTo(0.8);
        assertThat(score("Company", "ААТ «Беларуская калійная кампанія»", "Belarusian Potash Company OJSC")).isGreaterThanOrEqualTo(0.8);
        // two plants that make different things stay two plants
        assertThat(score("Company", "ОАО «Велторская табачная фабрика»", "Veltor Tyre Factory OJSC")).isLessThan(0.7);
    }

    @Test
    void belarusianLegalFormsAreLegalForms() {
        // ААТ is an open joint-stock company, ТАА a limited liability one (адкрытае акцыянернае таварыства, таварыства з
        // абмежаванай адказнасцю): the form, not a word of the name
        assertThat(score("Company", "ААТ «Велтор»", "Veltor OJSC")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Company", "ТАА «Велтор»", "Veltor LLC")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("Company", "ТАА «Велтор»", "Veltor OJSC")).isLessThan(0.7);
    }

    @Test
    void aBelarusianNameIsReadAsTheRussianOneItSpells() {
        assertThat(BelarusianForms.russianSpelling("дзямідаў")).isEqualTo("демидов");
        assertThat(BelarusianForms.russianSpelling("веледзяў")).isEqualTo("веледев");
        assertThat(score("Person", "Дзмітрый ВЕЛЕДЗЯЎ", "Dmitriy VELEDEV")).isGreaterThanOrEqualTo(0.85);
        // the patronymic: Сяргеевіч written Siarhaevich, the feminine -аўна
        assertThat(score("Person", "Вадим Сергеевич ВЕЛТОРОВ", "Vadzim Siarhaevich VELTOROU")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Person", "Лидия Михайловна ВЕЛТОРОВА", "Lidzia Mihailauna VELTOROVA")).isGreaterThanOrEqualTo(0.85);
        // two fathers stay two fathers
        assertThat(score("Person", "Лидия Михайловна ВЕЛТОРОВА", "Lidzia Mikalaeuna VELTOROVA")).isLessThan(0.7);
        assertThat(score("Person", "Вадим Сергеевич ВЕЛТОРОВ", "Vadzim Aliaksandravich VELTOROU")).isLessThan(0.7);
    }

    @Test
    void theBelarusianFormOfAGivenNameIsTheRussianOne() {
        // Арцём, Artsiom in the Belarusian passport's Latin letters, is Артём, Artem
        assertThat(score("Person", "Artsiom Ivanavich VELTOROU", "Artem Ivanovich VELTOROV")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Person", "Artsiom Ivanavich VELTOROU", "Anton Ivanovich VELTOROV")).isLessThan(0.7);
    }
}
