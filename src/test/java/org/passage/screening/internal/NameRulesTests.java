package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.screening.internal.NamePairs.score;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.ListedEntity;

/**
 * The rules of the name model on constructed names (no name of any evaluation file): organisation names against
 * their translations, contradictions between companies, abbreviations, initials and the caps on short names.
 */
class NameRulesTests {

    @Test
    void aCompanyMeetsItsTranslationWhenItsOwnNameAgrees() {
        assertThat(score("Company", "АО «Уральский механический завод «Восток»", "JSC Ural Mechanical Plant Vostok")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "ООО «Научно-производственное предприятие «Гранат»", "Granat Research and Production Enterprise LLC"))
                .isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "АО «Уральский механический завод «Восток»", "JSC Ural Mechanical Plant Zapad")).isLessThan(0.70);
    }

    @Test
    void descriptiveWordsAloneAreNoMatch() {
        assertThat(score("Organization", "Научно-исследовательский институт", "Scientific Research Institute Tambor")).isLessThan(0.70);
        assertThat(score("Company", "Trading Bank", "Торговый банк «Северный»")).isLessThan(0.70);
        // a company named by descriptive words only is itself when every word agrees
        assertThat(score("Company", "Bank of Shipping and Trade Co Ltd", "BANK OF SHIPPING AND TRADE, CO. LTD.")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aDistinctiveWordDifferingOnEachSideOfTwoCompaniesIsAContradiction() {
        assertThat(score("Company", "Harbor Tianlu Sea Freight Co Ltd", "Harbor Baihe Sea Freight Co Ltd")).isLessThan(0.70);
        assertThat(score("Company", "Harbor Tianlu Sea Freight Co Ltd", "Harbor Tianlu Sea Freight Company Limited")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void legalFormsAreOneFeatureAcrossLanguages() {
        assertThat(score("Company", "Vostok Trading LLC", "ООО Восток Трейдинг")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "Vostok Trading Ltda", "Vostok Trading GmbH")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "Vostok Trading JSC", "ТОВ Восток Трейдинг")).isLessThan(score("Company", "Vostok Trading LLC", "ТОВ Восток Трейдинг"));
    }

    @Test
    void anAbbreviationInCapitalsNeitherCountsAgainstNorIsLost() {
        // UOMZ is not spelled by the three words before it (UOP would be, and is dropped as the name said twice)
        ParsedName parsed = new NameParser().parse("Ural Optical Plant UOMZ");
        assertThat(parsed.organizationRoles()[3]).isEqualTo(ParsedName.INITIAL);
        assertThat(parsed.roles()[3]).isEqualTo(ParsedName.OTHER);
        assertThat(score("Company", "Уральский лазерный завод УЛЗ «Луч»", "Ural Laser Plant Luch")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "VTB Bank", "ВТБ")).isGreaterThanOrEqualTo(0.70);
        assertThat(NameParser.abbreviations("KOREA TRADING CORPORATION")).isEmpty();
    }

    @Test
    void aCompanyNamedByItsInitialsKeepsThemBesideAnyLegalForm() {
        assertThat(score("Company", "ABC Company", "A.B.C. Company")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "ABC Co.", "A.B.C. Company")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Company", "XYZ Company", "A.B.C. Company")).isLessThan(0.70);
        // trailing initials beside a kindless company word are mostly a legal form abbreviated
        assertThat(score("Company", "Compania Minera Los Alamos S. de P.R. de R.L.",
                "Compania Minera Los Alamos, Sociedad de Produccion Rural de Responsabilidad Limitada")).isGreaterThanOrEqualTo(0.70);
        // a title is no legal form: a person's initials stay initials
        assertThat(new NameParser().parse("Dr. J. R. Smith").size()).isEqualTo(1);
    }

    @Test
    void aSharedImoNumberDecidesWhateverTheName() {
        var a = new ListedEntity("a", "Vessel", "Northern Star", Map.of("name", List.of("Northern Star"), "imoNumber", List.of("9123456")), "test");
        var b = new ListedEntity("b", "Vessel", "Ocean Pearl", Map.of("name", List.of("Ocean Pearl"), "imoNumber", List.of("9123456")), "test");
        var c = new ListedEntity("c", "Vessel", "Northern Star", Map.of("name", List.of("Northern Star"), "imoNumber", List.of("9654321")), "test");
        assertThat(ScreeningEngine.compare(a, b).score()).isGreaterThanOrEqualTo(0.90);
        assertThat(ScreeningEngine.compare(a, c).score()).isLessThan(0.70);
    }

    @Test
    void aPlaceAdjectiveMeetsItsPlaceInCompanyNamesOnly() {
        assertThat(score("Company", "Муромский приборный завод", "Murom Instrument Plant")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Ivan Petrovskiy", "Ivan Petrov")).isLessThan(0.70);
    }

    @Test
    void spellingsOfOneArabicNameMeet() {
        assertThat(score("Person", "Qasem Soleimani", "Qasem Sulaymani")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Mohsen Rahimi", "Muhsin Rahimi")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Hassan Rahimi", "Hussein Rahimi")).isLessThan(0.70);
    }

    @Test
    void anInitialAnswersAGivenNameButIsNotAFullMatch() {
        double initial = score("Person", "V. Petrenko", "Viktor Petrenko");
        assertThat(initial).isLessThan(score("Person", "Viktor Petrenko", "Viktor Petrenko"));
        assertThat(score("Person", "V. Petrenko", "Oleg Petrenko")).isLessThan(initial);
    }

    @Test
    void aOneWordNameIsCappedAndOnlyALongListedMononymReachesAMatch() {
        assertThat(score("Person", "Petrenko", "Viktor Petrenko")).isLessThanOrEqualTo(NameComparison.SINGLE_WORD_CAP);
        assertThat(score("Person", "Viktor Petrenko", "Petrenko")).isLessThanOrEqualTo(NameComparison.SINGLE_WORD_CAP);
        assertThat(score("Person", "Suharto", "Suharto")).isEqualTo(NameComparison.MONONYM_CAP);
        assertThat(score("Person", "Ali", "Ali")).isLessThan(0.70);
        // a listed one-word name is all there is to compare, whatever its role or script
        assertThat(score("Person", "Nikolaos", "Νικόλαος")).isEqualTo(NameComparison.MONONYM_CAP);
        assertThat(score("Person", "Mikhail", "Mikhail Ivanovich")).isLessThan(0.70);
        assertThat(score("Person", "Suharto", "Sukarno")).isLessThan(0.70); // another man, not a spelling
    }

    @Test
    void aFamilyNameTwoEditsAwayIsAnotherFamilyAndATypoIsNot() {
        assertThat(score("Person", "Karl Brenner", "Karl Brenter")).isGreaterThanOrEqualTo(0.70); // one letter: a typo
        assertThat(score("Person", "Karl Moser", "Karl Mohler")).isLessThan(0.70); // two consonants: another family
        assertThat(score("Person", "Karl Brand", "Karl Grandt")).isLessThan(0.70);
        assertThat(score("Person", "Karl Hofmann", "Karl Hoffman")).isGreaterThanOrEqualTo(0.70); // doubled letters: a spelling
        assertThat(score("Person", "Qasem Soleimani", "Qasem Sulaymani")).isGreaterThanOrEqualTo(0.70); // vowels: a romanisation
    }

    @Test
    void middleInitialsThatDifferAreAContradiction() {
        assertThat(score("Person", "Hansen, Peter K.", "Peter M Hansen")).isLessThan(0.70);
        assertThat(score("Person", "Hansen, Peter K.", "Peter K Hansen")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Person", "Hansen, Peter K.", "Peter Hansen")).isGreaterThanOrEqualTo(0.70); // an initial left out is no contradiction
    }

    @Test
    void nicknamesShortFormsBalticEndingsAndDigitsForLettersStillMatch() {
        assertThat(score("Person", "Bill Hansen", "William Hansen")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Chris Hansen", "Christopher Hansen")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Dmitrijs Ivanovs", "Dmitriy IVANOV")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Dm1tr9y Ivan0v", "Dmitriy Ivanov")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Person", "Bill Hansen", "Robert Hansen")).isLessThan(0.70);
    }
}
