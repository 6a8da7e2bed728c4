package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What two names say against each other once paired (constructed names: Mingyuan 明远 and Dorvane are invented). */
class ContradictionsTests {

    private static double score(String a, String b) {
        return NamePairs.score("Company", a, b);
    }

    @Test
    void aRegisteredNameMeetsItsEnglishTradingNameThoughTheTradeWordsDiffer() {
        // 科技 technology registered, Electronics on the English name: one company named as China registers companies
        assertThat(score("深圳市明远科技有限公司", "Mingyuan Electronics Ltd.")).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void twoLatinNamesOfTwoTradesAndAnotherBrandStayApart() {
        // two names in Latin letters that differ in their trade may be two companies of one group: left as they were
        assertThat(score("Mingyuan Technology Ltd", "Mingyuan Electronics Ltd.")).isLessThan(0.70);
        // the brand still has to agree, and a second distinctive word is another company
        assertThat(score("深圳市明远科技有限公司", "Dorvane Electronics Ltd.")).isLessThan(0.70);
        assertThat(score("深圳市明远科技有限公司", "Mingyuan Dorvane Electronics Ltd.")).isLessThan(0.70);
    }
}
