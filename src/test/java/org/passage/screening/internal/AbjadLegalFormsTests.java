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

    @Test
    void theLegalFormSpelledOutIsALegalFormOfItsKind() {
        // Arabic "company with limited liability" (in either word order, with or without the article), Persian "company
        // with limited liability", Arabic "joint-stock company": legal forms, not words of the name
        assertThat(PARSER.parse("شركة بركة ذات المسؤولية المحدودة").legalForm()).isEqualTo("LLC");
        assertThat(PARSER.parse("شركة بركة المحدودة المسؤولية").legalForm()).isEqualTo("LLC");
        assertThat(PARSER.parse("بركة المحدودة").legalForm()).isEqualTo("LLC");
        assertThat(PARSER.parse("شرکت برکت با مسئولیت محدود").legalForm()).isEqualTo("LLC");
        assertThat(PARSER.parse("شركة بركة مساهمة").legalForm()).isEqualTo("JSC");
        assertThat(PARSER.parse("شركة بركة ذات المسؤولية المحدودة").tokens()).extracting(NameToken::text).noneMatch(t -> t.startsWith("mhd") || t.startsWith("msw"));
    }

    @Test
    void aCompanyMeetsItsEnglishNameWithItsLegalFormSpelledOut() {
        assertThat(NamePairs.score("Company", "شركة نبتونوس ذات المسؤولية المحدودة", "Neptunus LLC")).isGreaterThanOrEqualTo(0.70);
        assertThat(NamePairs.score("Company", "شركة نبتونوس المحدودة المسؤولية", "Neptunus LLC")).isGreaterThanOrEqualTo(0.70);
        assertThat(NamePairs.score("Company", "شركة نبتونوس مساهمة", "Neptunus LLC"))
                .isLessThan(NamePairs.score("Company", "شركة نبتونوس المحدودة", "Neptunus LLC"));
    }
}
