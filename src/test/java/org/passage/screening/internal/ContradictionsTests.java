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

    @Test
    void limitedAloneIsTheEnglishOfAStockCompanyAsOfALimitedOne() {
        // a Swiss AG's name in English ends in Ltd; a Japanese or Korean stock company writes "Co., Ltd."
        assertThat(score("Dorvane Holding AG", "Dorvane Holding Ltd")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Dorvane Holding JSC", "Dorvane Holding Limited")).isGreaterThanOrEqualTo(0.90);
        assertThat(score("Dorvane Holding LLC", "Dorvane Holding Co., Ltd.")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aLegalFormSpelledOutStillSetsAStockCompanyAgainstALimitedOne() {
        // "Limited Liability Company" says which kind; an AG is no GmbH, a partnership no company
        assertThat(new NameParser().parse("Dorvane Holding Limited Liability Company").legalForm()).isEqualTo("LLC");
        assertThat(new NameParser().parse("Dorvane Trading Limited Partnership").legalForm()).isEqualTo("LP");
        assertThat(score("Dorvane Holding AG", "Dorvane Holding GmbH")).isLessThan(0.70);
        assertThat(score("Dorvane Holding JSC", "Dorvane Holding Limited Liability Company")).isLessThan(0.70);
        assertThat(score("Dorvane Trading LP", "Dorvane Trading Ltd")).isLessThan(0.70);
    }

    @Test
    void onlyLimitedAloneIsOfEitherKind() {
        assertThat(Vocabulary.differentKinds(Vocabulary.LIMITED, "JSC")).isFalse();
        assertThat(Vocabulary.differentKinds("LLC", Vocabulary.LIMITED)).isFalse();
        assertThat(Vocabulary.differentKinds(Vocabulary.LIMITED, "LP")).isTrue();
        assertThat(Vocabulary.differentKinds("LLC", "JSC")).isTrue();
        assertThat(Vocabulary.differentKinds("", "JSC")).isFalse();
    }
}
