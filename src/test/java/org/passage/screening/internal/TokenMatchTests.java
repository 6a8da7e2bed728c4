package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenMatchTests {

    private final NameParser parser = new NameParser();

    private NameToken token(String word) {
        return parser.token(Romanizer.fold(word));
    }

    @Test
    void aDescriptiveWordMeetsItsTranslation() {
        assertThat(TokenMatch.compare(token("завода"), token("plant")).kind()).isEqualTo(TokenMatch.TRANSLATED);
        assertThat(TokenMatch.compare(token("صنایع"), token("industries")).kind()).isEqualTo(TokenMatch.TRANSLATED);
        assertThat(TokenMatch.compare(token("bank"), token("plant")).kind()).isEqualTo(TokenMatch.NONE);
    }

    @Test
    void aRussianAdjectiveMeetsItsPlace() {
        assertThat(TokenMatch.placeAdjective("muromskiy", "murom")).isTrue();
        assertThat(TokenMatch.placeAdjective("tulskiy", "tula")).isTrue();
        assertThat(TokenMatch.placeAdjective("novosibirskiy", "novosibirsk")).isTrue();
        assertThat(TokenMatch.placeAdjective("kazanskoye", "kazan")).isTrue();
        assertThat(TokenMatch.placeAdjective("muromskiy", "moscow")).isFalse();
        assertThat(TokenMatch.placeAdjective("orskiy", "or")).isFalse();
    }

    @Test
    void longWordsOfOneRootAreCognates() {
        assertThat(TokenMatch.cognates(token("электромеханический"), token("electromechanical"))).isTrue();
        assertThat(TokenMatch.cognates(token("композиционных"), token("composite"))).isTrue();
        assertThat(TokenMatch.cognates(token("Hydraulic"), token("Hydrogen"))).isFalse();
        assertThat(TokenMatch.cognates(token("Kazan"), token("Kazanka"))).isFalse();
    }

    @Test
    void theEditBudgetCountsVowelsAndConfusableLettersAsHalfAnEdit() {
        assertThat(TokenMatch.confusable("mohsen", "muhsin")).isGreaterThan(0.8);
        assertThat(TokenMatch.confusable("karubis", "kalubus")).isGreaterThan(0.8);
        assertThat(TokenMatch.confusable("soleimani", "sulaymani")).isGreaterThan(0.7);
        assertThat(TokenMatch.confusable("hassan", "hussein")).isZero();
        assertThat(TokenMatch.confusable("lisa", "luis")).isZero();
        assertThat(TokenMatch.confusable("martin", "morgan")).isZero();
    }

    @Test
    void theEditBudgetGrowsWithTheLength() {
        assertThat(TokenMatch.fuzzy("petrov", "petrof")).isGreaterThan(0);
        assertThat(TokenMatch.fuzzy("ivan", "iran")).isGreaterThan(0);
        assertThat(TokenMatch.fuzzy("li", "lu")).isZero();
        assertThat(TokenMatch.fuzzy("konstantinopolsky", "konstantinopolskaa")).isGreaterThan(0);
        assertThat(TokenMatch.fuzzy("petrov", "pitrof")).isZero();
    }
}
