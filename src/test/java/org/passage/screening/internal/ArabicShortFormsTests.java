package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Arabic and Persian names written shorter than listed, on constructed names: a theophoric name without its "of God"
 * (Ghodrat, Ghodratollah), Abu'l- written apart or joined, Muhammad abbreviated (Md., Mohd., Mhd.), and الله, which is
 * no article. Contradictions still count.
 */
class ArabicShortFormsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    private static NameToken token(String word) {
        return new NameParser().parse(word).tokens()[0];
    }

    @Test
    void aTheophoricNameIsItsFirstPartAlone() {
        assertThat(ArabicNames.theophoric(token("Nematollah"), token("Nemat"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Habib"), token("Habibullah"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Asadulla"), token("Asad"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Abdullah"), token("Abd"), false)).isFalse(); // Abd is no name alone
        assertThat(ArabicNames.theophoric(token("Habibullah"), token("Hamid"), false)).isFalse();
        // another spelling of the first part only between two Arabic or Persian names
        assertThat(ArabicNames.theophoric(token("Qodratollah"), token("Ghodrat"), true)).isTrue();
        assertThat(ArabicNames.theophoric(token("Qodratollah"), token("Ghodrat"), false)).isFalse();
        assertThat(score("Nemat TAHERI", "Nematollah TAHERI")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Habibullah Karimi", "Habib Karimi")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aCompoundWithAlDinIsItsFirstPartAlone() {
        assertThat(ArabicNames.theophoric(token("Sirajuddin"), token("Siraj"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Nasr"), token("Nasreddine"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Ghiasouddine"), token("Ghias"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Nasrudin"), token("Nasr"), false)).isTrue();
        assertThat(ArabicNames.theophoric(token("Nuruddin"), token("Nur"), false)).isFalse(); // too short to stand alone
        assertThat(ArabicNames.theophoric(token("Sirajuddin"), token("Sirajul"), false)).isFalse();
        assertThat(ArabicNames.theophoric(token("Borodin"), token("Boro"), false)).isFalse(); // no ending of al-Din
        // another spelling of the first part only between two Arabic or Persian names
        assertThat(ArabicNames.theophoric(token("Nasiruddin"), token("Naseer"), true)).isTrue();
        assertThat(ArabicNames.theophoric(token("Nasiruddin"), token("Naseer"), false)).isFalse();
        assertThat(score("Sirajuddin Karimi", "Siraj Karimi")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Nasiruddin al-Taheri", "Naseer al-Taheri")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Sirajuddin Karimi", "Siraj Taheri")).isLessThan(0.70);
    }

    @Test
    void theArticleAfterAbuIsAJoint() {
        assertThat(score("Abolfazl Karimi", "Abu'l-Fazl Karimi")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Abolghasem Tahmasbi", "Abul Qasim Tahmasbi")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void muhammadAbbreviatedIsMuhammad() {
        assertThat(score("Md. Rafiqul Islam", "Mohammad Rafiqul Islam")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Mohd Nazri Yusof", "Muhammad Nazri Yusof")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Mhd Samer Haddad", "Muhammad Samer Haddad")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void allahBeginsANameAndIsNoArticle() {
        assertThat(new NameParser().parse("اللهیار رحیمی").tokens()).hasSize(2);
        assertThat(score("اللهیار رحیمی", "Allah-Yar Rahimi")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void contradictionsStillCount() {
        assertThat(score("Hamid SALEHI", "Hector SALEHI")).isLessThan(0.70);
        assertThat(score("Nemat Karim Taheri", "Nemat Karim Karim")).isLessThan(0.70);
        assertThat(score("Habibullah Karimi", "Hamid Karimi")).isLessThan(0.70);
        assertThat(score("Nematollah Taheri", "Rahmatollah Taheri")).isLessThan(0.70);
    }

    @Test
    void aTitleInArabicLettersIsDroppedAsItsLatinSpellingIs() {
        assertThat(new NameParser().parse("حاجی رحیم کریمی").tokens()).hasSize(2);
        assertThat(score("حاجی رحیم کریمی", "Rahim KARIMI")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void spellingsOfACommonNameMarkTheNameAsArabic() {
        assertThat(score("TAHERI, Hossein", "TAHERI, Hussayn")).isGreaterThanOrEqualTo(0.70);
    }
}
