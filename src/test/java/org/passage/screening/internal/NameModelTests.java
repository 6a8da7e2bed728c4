package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The name model on constructed pairs: contradictions lower the score, particles and titles do not count, names
 * written together or apart still meet, identifiers decide, and names in other scripts find their Latin forms.
 */
class NameModelTests {

    @Test
    void aDifferingPatronymicNumberOrLegalFormIsAContradiction() {
        assertThat(score("Person", "Ivan Sergeyevich Petrov", "Ivan Nikolayevich Petrov")).isLessThan(0.70);
        assertThat(score("Company", "Alpha Trading 1 LLC", "Alpha Trading 2 LLC")).isLessThan(0.70);
        assertThat(score("Company", "Nordic Star Shipping AG", "Nordic Star Shipping GmbH")).isLessThan(0.70);
        assertThat(score("Company", "Nordic Star Shipping AG", "Nordic Star Shipping S.A.")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "Three Rivers Trading LLC", "3 Rivers Trading LLC")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void particlesAndTitlesWeighLittle() {
        assertThat(score("Person", "Juan Carlos de la Fuente", "Juan Carlos Fuente")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Ahmed al Rashid", "Ahmed al Karim")).isLessThan(0.70);
        assertThat(score("Person", "Mullah Mohammad Omar", "Mohammad Omar")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aTitleOrLegalFormThatIsAlsoANameStaysInAPersonsName() {
        // Pan is Polish "Mr" and a Chinese surname; AO a Russian legal form and a Chinese surname; Sayed a title here
        assertThat(score("Person", "PAN, Aleksandr Vladimirovich", "PAN, Alexander Vladimirovich")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "PAN, Aleksandr Vladimirovich", "SOKOLOV, Aleksandr Vladimirovich")).isLessThan(0.70);
        assertThat(score("Person", "Pat Smith", "Pat Smith")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Ao Wei", "Ao Wei")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "AHMAD, Nazem Said", "AHMAD, Sayed")).isLessThan(0.70);
        assertThat(score("Company", "AO Kronshtadt", "Kronshtadt JSC")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aGivenNameTheTableListsBySpellingIsThatNameOnly() {
        // Alexei and Alex share a phonetic form, and Alex is listed under Alexander: the spelling decides
        assertThat(score("Person", "MISHUSTIN, Aleksandr Mikhaylovich", "MISHUSTIN, Aleksey Mikhaylovich")).isLessThan(0.70);
        assertThat(score("Person", "Alexei Petrov", "Aleksey Petrov")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Oleksii Petrov", "Alexei Petrov")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Sasha Petrov", "Alexander Petrov")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anArabicLegalFormsLettersAreNotALatinName() {
        // سهامی (joint-stock) reads "shamy" in consonants: the Latin family name Shamy is not a legal form
        assertThat(score("Person", "AL-SHAMI, Husayn", "AL-SHAMY, Husayn")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Husayn al-Shamy", "Husayn al-Tikriti")).isLessThan(0.70);
    }

    @Test
    void namesWrittenTogetherOrApartMeet() {
        assertThat(score("Person", "Kimjongun", "Kim Jong Un")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Jeanpierre Bemba", "Jean-Pierre Bemba")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "A.B.C. Holding", "ABC Holding")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void identifiersDecideBothWays() {
        assertThat(score("Person", "Ivan Petrov", Map.of("innCode", List.of("771234567890")), "Ivan Petrov",
                Map.of("innCode", List.of("500198765432")))).isLessThan(0.70);
        assertThat(score("Company", "Sever Trade", Map.of("ogrnCode", List.of("1027700132195")), "North Trading House",
                Map.of("ogrnCode", List.of("1027700132195")))).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void otherScriptsMeetTheirLatinForms() {
        assertThat(score("Person", "习近平", "Xi Jinping")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "毛泽东", "Mao Tse-tung")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "김정은", "Kim Jong Un")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "김정은", "Kim Jong Il")).isLessThan(0.70);
        assertThat(score("Person", "حسن نصر الله", "Hassan Nasrallah")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Aleksandar Vučić", "Aleksandar Vucic")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aShortNameSaidAsListedIsAMatchToReviewAndSaidLooselyNeedsMoreThanTheName() {
        assertThat(score("Person", "张玉", "Zhang Yu")).isEqualTo(NameComparison.SAME_SHORT_NAME);
        assertThat(score("Person", "Wang Wei", "WANG, Wei")).isEqualTo(NameComparison.SAME_SHORT_NAME);
        assertThat(score("Person", "Zhang Yue", "Zhang Yu")).isLessThan(0.70);
        assertThat(score("Person", "Zhang Yue", Map.of("birthDate", List.of("1970-01-02")), "Zhang Yu",
                Map.of("birthDate", List.of("1970-01-02")))).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void arabicPersianAndHebrewLettersMeetTheirLatinSpellings() {
        assertThat(score("Person", "یوسف نوری", "NOURI Yousef")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "محمدرضا عموزاد", "Mohammad-Reza AMOOZAD")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "يحيى عبد الله العبيدي", "Yahia Abdallah al-Ubaidi")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "حسین محمدی", "Ehsan Mohammadi")).isLessThan(0.70);
        assertThat(score("Person", "آراد حسنی", "Hussein Reda Abdallah")).isLessThan(0.70);
    }

    @Test
    void spellingsThatMeetOnlyInTheirPhoneticFormAreAnotherName() {
        assertThat(score("Person", "Andrea Cheyenne Solis", "Andrey Shein")).isLessThan(0.70);
        assertThat(score("Person", "Cecilie Janne Eliassen", "Ivan Stanislavovich Tsertsel")).isLessThan(0.70);
        assertThat(score("Person", "Camilo Contreras", "Marleny Cabello Contreras")).isLessThan(0.70);
        assertThat(score("Person", "Aleksandr Shcherbakov", "Alexandre Chtcherbakov")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Абрамова Мария", "Abramoea Mariya")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void hanAndHangulWordsWrittenApartAreNotSplitAgain() {
        assertThat(score("Person", "정자 장", "Kim Jung Jong")).isLessThan(0.70);
        assertThat(score("Person", "太一 石井", "Teo Boon Ching")).isLessThan(0.70);
        assertThat(score("Person", "김정은", "Kim Jong Un")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void belarusianSurnamesInLatinMeetTheirRussianForm() {
        assertThat(score("Person", "Юрий Леонидович СИВАКОВ", "Yuri Leanidavich SIVAKAU")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Александр Павлович ВАСИЛЬЕВ", "Aliaksandr Paulavich VASILIEU")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anOrganizationIsKnownByItsAcronym() {
        assertThat(score("Organization", "KKBC", "Korea Kwangson Banking Corporation")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "Democratic Liberation Front", "DLF")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "DLF", "Democratic Labour Forum Party")).isLessThan(0.70);
        assertThat(score("Person", "KKB", "Kim Kyong Bok")).isLessThan(0.70);
    }

    @Test
    void asianAndCaucasianNamesWrittenInRussianMeetTheirLatinForms() {
        assertThat(score("Person", "Си Цзиньпин", "Xi Jinping")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Person", "Эда, Кэндзи", "Kenji Eda")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Person", "Ким Чен Ын", "Kim Jong Un")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Person", "Ким Чен Ын", "Kim Jong Il")).isLessThan(0.70);
        assertThat(score("Person", "Мамедгасанов, Рафик", "Rafiq Məmmədhəsənov")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Гаджиев Магомед", "Magomed Hajiyev")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Person", "Ilham Aliyev", "İlham Əliyev")).isGreaterThanOrEqualTo(0.95);
    }
}
