package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Russian organisations' names against their English translation (constructed names; none from an evaluation file):
 * an adjective made from a noun of the lexicon, a compound that says two English words, the acronyms НИИ and БТРЗ
 * whose words give a letter a part, All-Russian, the words дом, -летие, промышленность, and the EU's "so-called".
 */
class RussianOrganisationWordsTests {

    private final NameParser parser = new NameParser();

    private String term(String word) {
        return parser.token(Romanizer.fold(word)).term();
    }

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void anAdjectiveMadeFromANounOfTheLexiconIsThatNoun() {
        assertThat(term("лизинговая")).isEqualTo("LEASING");
        assertThat(term("нефтяная")).isEqualTo("OIL");
        assertThat(term("газовой")).isEqualTo("GAS");
        assertThat(term("комплексных")).isEqualTo("COMPLEX");
        assertThat(score("ООО «Велтор Лизинговая Компания»", "Veltor Leasing Company LLC")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Велтор нефтяная компания", "Veltor Oil Company")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Центр комплексных решений Велтор", "Veltor Integrated Solutions Centre")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aSurnameOrANounEndingIsNoAdjective() {
        assertThat(term("Газов")).isEmpty();
        assertThat(term("Банкова")).isEmpty();
        assertThat(term("Ivanov")).isEmpty();
        assertThat(score("Лизинговая компания Велтор", "Leasing Company Kaltor")).isLessThan(0.70);
        assertThat(score("Торговый дом Велтор", "Trading House Kaltor")).isLessThan(0.70);
    }

    @Test
    void aCompoundSaysBothEnglishWords() {
        assertThat(score("Конструкторское бюро приборостроения", "Instrument Engineering Design Bureau")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Общероссийское народное движение", "All-Russia People's Movement")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anAcronymTakesALetterOfEachPartOfACompound() {
        assertThat(score("АО «12 ЦНИИ»", "12th Central Research Institute JSC")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("АО «77 БТРЗ»", "77 Armoured Repair Plant")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("АО «12 ЦНИИ»", "13th Central Research Institute JSC")).isLessThan(0.70);
    }

    @Test
    void houseAnniversaryAndIndustryAreTranslated() {
        assertThat(score("Торговый дом Велтор", "Veltor Trading House")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Страховое общество нефтяной промышленности Велтор", "Veltor Oil Industry Insurance Company")).isGreaterThanOrEqualTo(0.85);
        assertThat(term("летия")).isEqualTo("ANNIVERSARY");
    }

    @Test
    void soCalledIsNoWordOfTheName() {
        assertThat(score("‘Велторская гвардия’", "So-called ‘Veltor Guard’")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Так называемая ‘Велторская гвардия’", "Veltor Guard")).isGreaterThanOrEqualTo(0.80);
        assertThat(score("Самопровозглашённая Велторская республика", "Veltor Republic")).isGreaterThanOrEqualTo(0.80);
        assertThat(new NameParser().parse("So-called Veltor Guard").size()).isEqualTo(2);
        assertThat(new NameParser().parse("So Veltor").size()).isEqualTo(2);
    }
}
