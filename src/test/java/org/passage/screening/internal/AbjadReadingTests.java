package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic, Persian and Hebrew words against the Latin spellings lists give them, and against other names. */
class AbjadReadingTests {

    private static boolean reads(String abjad, String latin) {
        AbjadReading reading = AbjadReading.of(abjad);
        return reading != null && reading.readAs(latin);
    }

    @Test
    void theSpellingsListsUseRead() {
        assertThat(reads("يوسف", "yousef")).isTrue();
        assertThat(reads("يوسف", "yusuf")).isTrue();
        assertThat(reads("محمد", "mohammed")).isTrue();
        assertThat(reads("محمد", "muhammad")).isTrue();
        assertThat(reads("عمر", "omar")).isTrue();
        assertThat(reads("عصام", "issam")).isTrue();
        assertThat(reads("حسين", "hussein")).isTrue();
        assertThat(reads("فاطمة", "fatimah")).isTrue();
        assertThat(reads("فاطمة", "fatima")).isTrue();
        assertThat(reads("قاسم", "ghasem")).isTrue();
        assertThat(reads("בנימין", "binyamin")).isTrue();
        assertThat(reads("שרון", "sharon")).isTrue();
    }

    @Test
    void otherNamesDoNotRead() {
        assertThat(reads("يوسف", "yasin")).isFalse();
        assertThat(reads("حسين", "ehsan")).isFalse();
        assertThat(reads("حسنی", "hussein")).isFalse();
        assertThat(reads("محمد", "ahmad")).isFalse();
        // no vowel before the first letter unless a letter writes it
        assertThat(reads("ناز", "unsi")).isFalse();
        // nor a letter that may go unsaid inside a word left out at its start
        assertThat(reads("امیر", "mire")).isFalse();
        assertThat(reads("امیر", "amir")).isTrue();
        assertThat(reads("هلیا", "ali")).isFalse();
        assertThat(reads("زارعی", "sara")).isFalse();
        assertThat(reads("مجتبی", "mojtaba")).isTrue();
        assertThat(reads("שרון", "shimon")).isFalse();
        // a he inside a word is said; z is not s; a ya inside a word is no j
        assertThat(reads("زهرا", "sari")).isFalse();
        assertThat(reads("زهرا", "shore")).isFalse();
        assertThat(reads("زهرا", "zahra")).isTrue();
        assertThat(reads("زياد", "sajjid")).isFalse();
        assertThat(reads("زياد", "ziyad")).isTrue();
        assertThat(reads("خامنهای", "khamenei")).isTrue();
        assertThat(reads("يوسف", "jusuf")).isTrue();
        assertThat(reads("چارلز", "charles")).isTrue();
    }

    @Test
    void onlyAbjadWordsHaveAReadingAndStrongLettersCountConsonants() {
        assertThat(AbjadReading.of("Ivan")).isNull();
        assertThat(AbjadReading.of("")).isNull();
        assertThat(AbjadReading.of("عمر").strongLetters()).isEqualTo(2);
        assertThat(AbjadReading.of("محمد").strongLetters()).isEqualTo(4);
        assertThat(reads("مُحَمَّد", "muhammad")).as("vowel marks and shadda are ignored").isTrue();
    }

    @Test
    void aLongLatinWordIsRefusedCheaply() {
        assertThat(reads("عمر", "o".repeat(10_000))).isFalse();
    }

    @Test
    void theArticleBeforeASunLetterIsSaidAsThatLetter() {
        NameParser parser = new NameParser();
        NameToken[] nasirAlDin = {parser.token("نصیر"), parser.token("ال"), parser.token("دين")};
        assertThat(AbjadReading.join(nasirAlDin, 0, 3).readAs("nasiruddin")).isTrue();
        assertThat(AbjadReading.join(nasirAlDin, 0, 3).readAs("nasiraldin")).isTrue();
        NameToken[] abdAlMalik = {parser.token("عبد"), parser.token("ال"), parser.token("ملك")};
        assertThat(AbjadReading.join(abdAlMalik, 0, 3).readAs("abdulmalik")).isTrue();
        assertThat(AbjadReading.join(abdAlMalik, 0, 3).readAs("abdummalik")).isFalse(); // m is no sun letter
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"איגור, igor", "אורשקין, oreshkin", "גורוליוב, gurulev", "אלכסיי, alexei",
            "אלכסיי, aleksei", "ג׳ורג׳, george", "צ׳ארלס, charles", "אוחלוביסטין, okhlobystin", "וונג, weng", "טארק, tareck"})
    void hebrewMatresLectionisGereshAndX(String hebrew, String latin) {
        assertThat(AbjadReading.of(hebrew).readAs(latin)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"איגור, ivor", "גורוליוב, gurulin", "צ׳ארלס, tsarles", "אלכסיי, alexander", "אימאן, amin", "חיון, chen"})
    void otherHebrewReadingsDoNot(String hebrew, String latin) {
        assertThat(AbjadReading.of(hebrew).readAs(latin)).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            // ayin or alif and ya or waw at a word's start write one vowel
            "عیسی, issa", "عیسی, essa", "اولوتش, oluc", "اورهان, orhan",
            // waw as au; an Urdu he after a long vowel unwritten before a consonant
            "چوہدری, chaudhry", "چوہدری, chaudry",
            // Pashto, Kurdish and Maghrebi letters
            "ځدران, jadran", "ډاکټر, daktar",
            // ch written with t and sh; c before e or i said s; French cq for k
            "ماتش, mach", "تشافيز, chavez", "بروس, bruce", "ديكوك, decocq",
            // Turkish (a final d said t, c for j) and Indonesian (sy for sh) spellings; ayin before a Hebrew mater
            "احمد, ahmet", "محمود, mahmut", "جمال, cemal", "شريف, syarif", "עיסאמי, aissami",
            // Persian writes the alif maqsura with ی, also after a ya that is a consonant
            "یحیی, yahya", "يحيى, yahya", "یحیی, yahia"})
    void romanisationsOtherThanTheEnglishOneAndTheLettersOfUrduAndPashtoRead(String abjad, String latin) {
        assertThat(reads(abjad, latin)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"عیسی, isaac", "اولوتش, olga", "چوہدری, chadri", "بروس, brocks", "ماتش, macs",
            "ساره, sarce", "دو, tu", "رضایی, rezaa", "یحیی, yahy"})
    void theNewSpellingsStayNarrow(String abjad, String latin) {
        assertThat(reads(abjad, latin)).isFalse();
    }

    @Test
    void aTitleWrittenJoinedIsReadWithout() {
        assertThat(AbjadReading.of("سیدرضا").afterTitle().readAs("reza")).isTrue();
        assertThat(AbjadReading.of("حاجیمحمد").afterTitle().readAs("mohammad")).isTrue();
        assertThat(AbjadReading.of("אלמג׳יד").afterTitle().readAs("majeed")).isTrue();
        assertThat(AbjadReading.of("שודרי").readAs("chaudri")).isTrue();
        assertThat(AbjadReading.of("אלון").afterTitle()).isNull();
        assertThat(AbjadReading.of("سید").afterTitle()).isNull();
        assertThat(AbjadReading.of("رضا").afterTitle()).isNull();
    }
}
