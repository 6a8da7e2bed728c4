package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic and Persian legal forms abbreviated letter by letter or spelled out (free zone), on constructed names. */
class AbjadLegalFormsTests {

    private static final NameParser PARSER = new NameParser();

    @Test
    void dottedLettersAreOneWord() {
        assertThat(AbjadLegalForms.joined("شركة النور ش.ذ.م.م")).contains("شذمم").doesNotContain(".");
        assertThat(AbjadLegalForms.joined("النور ذ. م. م.")).contains("ذمم");
        assertThat(AbjadLegalForms.joined("النور م.م.ح-دبي")).contains("ممح").contains("دبي");
        assertThat(AbjadLegalForms.joined("النور منطقة حرة")).contains(AbjadLegalForms.FREE_ZONE_WORD);
        assertThat(AbjadLegalForms.joined("النور المنطقة الحرة")).contains(AbjadLegalForms.FREE_ZONE_WORD);
    }

    @Test
    void aNameWithoutArabicLettersIsLeftAsItIs() {
        String latin = "A.B.C. Trading L.L.C.";
        assertThat(AbjadLegalForms.joined(latin)).isSameAs(latin);
        // a word of the name is not a legal form: only single letters between dots are joined
        assertThat(AbjadLegalForms.joined("مصنع الأمل")).isEqualTo("مصنع الأمل");
    }

    @Test
    void theLegalFormIsNoInitialOfTheName() {
        ParsedName name = PARSER.parse("نور الشرق للتجارة ش.ذ.م.م - منطقة حرة");
        assertThat(name.tokens()).noneMatch(NameToken::isInitial);
        assertThat(name.legalForm()).isEqualTo("LLC");
        assertThat(PARSER.parse("Morning Star Trading FZ").tokens()).extracting(NameToken::text).doesNotContain("fz");
    }

    @Test
    void aCompanyMeetsItsEnglishNameWithItsLegalFormAbbreviated() {
        assertThat(NamePairs.score("Company", "بركة للتجارة العامة ش.ذ.م.م", "Baraka General Trading L.L.C.")).isGreaterThanOrEqualTo(0.70);
        assertThat(NamePairs.score("Company", "بركة للتجارة ش.ذ.م.م", "Baraka Trading JSC")).isLessThan(NamePairs.score("Company", "بركة للتجارة ش.ذ.م.م", "Baraka Trading LLC"));
    }
}
