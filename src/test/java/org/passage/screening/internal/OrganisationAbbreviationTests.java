package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A trade word cut short (ISO 4's truncation: CONSTR, ELECTR., IND), MFG for manufacturing, and a country's name in
 * the language of its register against its English name (constructed names: Veltor, Kaltor and Fardel are invented,
 * none comes from an evaluation file).
 */
class OrganisationAbbreviationTests {

    private static final NameParser PARSER = new NameParser();

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    private static NameToken token(String word) {
        return PARSER.token(Romanizer.fold(word));
    }

    @Test
    void aTradeWordCutShortIsThatWord() {
        assertThat(score("Veltor Communications Construction Company Limited", "Veltor Communications Constr Co Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Fardel Veltor Electronics Company Limited", "Fardel Veltor Electr. Co. Ltd.")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Chemical Industries", "Veltor Chemical Ind")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Semiconductor Manufacturing Corporation", "Veltor Semiconductor Mfg Corp")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void onlyALexiconWordIsReadCutShort() {
        NameToken cut = token("constr");
        assertThat(TruncatedWords.abbreviates(cut, token("construction"))).isTrue();
        assertThat(TruncatedWords.abbreviates(token("construction"), cut)).isTrue();
        // a brand's opening is no abbreviation: it ends in a vowel (Petro), or the longer word is no trade word (Veltorsky)
        assertThat(TruncatedWords.abbreviates(token("petro"), token("petrochemical"))).isFalse();
        assertThat(TruncatedWords.abbreviates(token("velt"), token("veltorsky"))).isFalse();
        // two letters are an initial or a legal form; one letter dropped is a spelling, not an abbreviation
        assertThat(TruncatedWords.abbreviates(token("el"), token("electric"))).isFalse();
        assertThat(TruncatedWords.abbreviates(token("plan"), token("plant"))).isFalse();
        // a word the lexicon knows is itself, not a cut of another (Trade, Trading)
        assertThat(TruncatedWords.abbreviates(token("trade"), token("trading"))).isFalse();
        // two brands stay two: the cut answers a trade word only
        assertThat(score("Veltor Constr Co Ltd", "Kaltor Construction Co Ltd")).isLessThan(0.70);
    }

    @Test
    void aCountryIsOneNameInEveryLanguage() {
        assertThat(OrgTerms.term("schweiz")).isEqualTo(OrgTerms.term("switzerland")).isNotEmpty();
        assertThat(OrgTerms.term("suisse")).isEqualTo(OrgTerms.term("switzerland"));
        assertThat(score("Veltorbank (Switzerland) Ltd", "Veltorbank Schweiz Ltd")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Veltor Bank of Ukraine", "Банк Велтор Украины")).isGreaterThanOrEqualTo(0.85);
        // a country is a distinctive word: the same bank in two countries is two companies
        assertThat(score("Veltorbank Schweiz Ltd", "Veltorbank Deutschland Ltd")).isLessThan(0.70);
        assertThat(CountryNames.stem("швейцария")).isEqualTo("швейцари-");
        assertThat(CountryNames.stem("чад")).isEqualTo("чад");
        // translated between organisations' names only: Jordan, Chad and Israel are people's names as well
        assertThat(OrgTerms.organisationsOnly(OrgTerms.term("schweiz"))).isTrue();
    }
}
