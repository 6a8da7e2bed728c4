package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Arabic and Persian words of armed groups', security companies' and countries' names against their English
 * translation, on constructed names (none taken from a list or an evaluation file).
 */
class ArabicOrganisationWordsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Organization", a, b);
    }

    @Test
    void theWordsOfArmedGroupsAreTranslated() {
        assertThat(OrgTerms.term("combatants")).isEqualTo("FIGHTING");
        assertThat(OrgTerms.term("mujahedin")).isEqualTo("MUJAHIDEEN");
        assertThat(OrgTerms.descriptive("MUJAHIDEEN")).isFalse(); // translated, but it names the group
        assertThat(score("جبهة النصر المسلحة", "Al-Nasr Armed Front")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("كتائب شهداء النور", "Al-Nour Martyrs Brigades")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("الجماعة المقاتلة التونسية", "Tunisian Fighting Group")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void guardingIsTheSecurityACompanySells() {
        assertThat(score("شركة النمر للحراسة", "Al-Nimr Security Company")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aCountryWrittenInArabicIsItsEnglishName() {
        assertThat(score("الجهاد الاسلامي الأردني", "Jordanian Islamic Jihad")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("شركة مصر للتجارة", "Egypt Trading Company")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anotherCountryOrAnotherDistinctiveWordIsAnotherGroup() {
        assertThat(score("الجهاد الاسلامي الأردني", "Egyptian Islamic Jihad")).isLessThan(0.70);
        assertThat(score("كتائب شهداء النور", "Al-Nour Mujahideen Brigades")).isLessThan(0.70);
        assertThat(score("جبهة المقاومة الشعبية", "Popular Liberation Front")).isLessThan(0.70);
    }

    @Test
    void aPersianCompoundOfAWordAndMakingIsTwoWordsOfATranslation() {
        assertThat(OrgTerms.persianMaking("کشتیسازی")).containsExactly("کشتی", "سازی");
        assertThat(OrgTerms.persianMaking("نوسازی")).isNull(); // no term before the suffix: a word of its own
        assertThat(OrgTerms.persianMaking("Shipping")).isNull();
        assertThat(score("شرکت هواپیماسازی آریا", "Aria Aircraft Manufacturing Company")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void anArabicOrPersianLoanwordIsItsEnglishWord() {
        assertThat(score("ميليشيا النور", "Al-Nour Militia")).isGreaterThanOrEqualTo(0.70);
    }
}
