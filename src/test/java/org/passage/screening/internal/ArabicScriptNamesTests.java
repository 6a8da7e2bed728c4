package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in Arabic letters as Afghan, Iranian and Arab lists write them, against their Latin spellings (arabic23): the
 * Pashto letters, the article before a word of two letters, ولد (son of), and
 * the Persian and Arabic words of organisations' names in abjad-org-words.txt. Constructed names only (none taken
 * from a list or an evaluation file).
 */
class ArabicScriptNamesTests {

    private static boolean reads(String abjad, String latin) {
        AbjadReading reading = AbjadReading.of(abjad);
        return reading != null && reading.readAs(latin);
    }

    private static double person(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    private static double organisation(String a, String b) {
        return NamePairs.score("Organization", a, b);
    }

    @Test
    void pashtoLettersRead() {
        assertThat(reads("ګل", "gul")).isTrue();
        assertThat(reads("ځدراڼ", "zadran")).isTrue();
        assertThat(reads("ګل", "kal")).isFalse();
        assertThat(person("ګل احمد ځدراڼ", "Gul Ahmad Zadran")).isGreaterThanOrEqualTo(0.70);
        assertThat(person("ګل احمد ځدراڼ", "Gul Ahmad Mangal")).isLessThan(0.70);
    }

    @Test
    void theArticleBeforeAWordOfTwoLettersIsCutOff() {
        assertThat(NameParser.words("عبد الحق")).containsExactly("عبد", "ال", "حق");
        // a name that begins with those letters is a name of its own: Elaheh, Elahi
        assertThat(NameParser.words("الهه کریمی")).containsExactly("الهه", "کریمی");
        assertThat(NameParser.words("محمد الهی")).containsExactly("محمد", "الهی");
        assertThat(person("عبد الحق کریمی", "Abdul Haq Karimi")).isGreaterThanOrEqualTo(0.70);
        assertThat(person("عبد الحی نوری", "Abdul Hai Nouri")).isGreaterThanOrEqualTo(0.70);
        assertThat(person("عبد الحق کریمی", "Abdul Hamid Karimi")).isLessThan(0.70);
    }

    @Test
    void sonOfIsAParticle() {
        NameToken walad = new NameParser().parse("احمد ولد سالم").tokens()[1];
        assertThat(Vocabulary.isParticle(walad)).isTrue();
    }

    @Test
    void persianAndArabicWordsOfOrganisationsAreTranslated() {
        assertThat(organisation("شرکت پژوهش آریا", "Aria Research Company")).isGreaterThanOrEqualTo(0.70);
        assertThat(organisation("القابضة النور", "Al-Nour Holding")).isGreaterThanOrEqualTo(0.70);
        assertThat(organisation("شركة النور للمناجم", "Al-Nour Mining Company")).isGreaterThanOrEqualTo(0.70);
        assertThat(organisation("قرارگاه دفاع آریا", "Aria Defence Command")).isGreaterThanOrEqualTo(0.70);
        assertThat(organisation("شرکت دفاعی آریا", "Aria Defence Company")).isGreaterThanOrEqualTo(0.70);
        assertThat(OrgTerms.term("general")).isEqualTo("GENERAL");
    }

    @Test
    void anotherDistinctiveWordIsAnotherOrganisation() {
        assertThat(organisation("شرکت پژوهش آریا", "Kian Research Company")).isLessThan(0.70);
        assertThat(organisation("قرارگاه دفاع آریا", "Kian Defence Command")).isLessThan(0.70);
        assertThat(organisation("القابضة النور", "Al-Nasr Holding")).isLessThan(0.70);
    }

    @Test
    void theArticleBeforeASunLetterMayBeWrittenOnTheFirstPart() {
        assertThat(person("حبيب الرحمن کریمی", "Habibur Rahman Karimi")).isGreaterThanOrEqualTo(0.70);
        assertThat(person("نور الدین کریمی", "Nurud Din Karimi")).isGreaterThanOrEqualTo(0.70);
        assertThat(person("سیف الرحمن منصور", "Saifur Rahman Mansoor")).isGreaterThanOrEqualTo(0.70);
        // only the letter the article is said as: before a moon letter it stays l (Habibul, not Habibuk, Karim)
        assertThat(person("حبيب الکریم رحیمی", "Habibuk Karim Rahimi")).isLessThan(0.70);
        assertThat(person("حبيب الرحمن کریمی", "Habibur Rashid Karimi")).isLessThan(0.70);
        // the article's alif inside a joined run stays unsaid: Abolfazl, Abolghasem
        assertThat(person("ابو الفضل کریمی", "Abolfazl Karimi")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aGeneralsOrAColonelsRankIsOneTitle() {
        NameParser parser = new NameParser();
        assertThat(parser.parse("Major General Amer Karimi").size()).isEqualTo(2);
        assertThat(parser.parse("Brigadier General Amer Karimi").size()).isEqualTo(2);
        assertThat(parser.parse("Lieutenant Colonel Amer Karimi").size()).isEqualTo(2);
        // alone, Major is a surname
        assertThat(parser.parse("Laszlo Major").size()).isEqualTo(2);
    }
}
