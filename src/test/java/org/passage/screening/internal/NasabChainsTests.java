package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An Arabic chain of names (own, father's, grandfather's) and the family or place name after it (constructed names). */
class NasabChainsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Person", a, b);
    }

    @Test
    void oneChainWithTwoFamilyNamesIsOneMan() {
        assertThat(score("AL-HAWARI, Nadir Sabri Khalil Yasin", "AL-DULAIMI, Nadir Sabri Khalil Yasin")).isGreaterThanOrEqualTo(0.70);
        assertThat(score("Nadir Sabri Khalil al-Hawari", "Nadir Sabri Khalil al-Dulaimi")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aShortChainAnotherFatherOrAnotherOrderStaysApart() {
        // two names of a chain are shared by brothers' sons
        assertThat(score("Nadir Sabri al-Hawari", "Nadir Sabri al-Dulaimi")).isLessThan(0.70);
        // another father
        assertThat(score("Nadir Sabri Khalil al-Hawari", "Nadir Tariq Khalil al-Dulaimi")).isLessThan(0.70);
        // brothers: the chain after their own names is their father's
        assertThat(score("AL-HAWARI, Nadir Sabri Khalil Yasin", "AL-HAWARI, Tariq Sabri Khalil Yasin")).isLessThan(0.70);
        assertThat(score("Nadir Sabri Khalil Yasin al-Hawari", "Tariq Sabri Khalil Yasin al-Hawari")).isLessThan(0.70);
        // the father and grandfather swapped: another man
        assertThat(score("Nadir Sabri Khalil al-Hawari", "Nadir Khalil Sabri al-Dulaimi")).isLessThan(0.70);
    }
}
