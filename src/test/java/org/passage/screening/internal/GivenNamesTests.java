package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GivenNamesTests {

    private static java.util.Set<String> groups(String spelling) {
        return GivenNames.table().groups(List.of(spelling), PhoneticForm.forms(spelling));
    }

    @Test
    void aListedSpellingDecides() {
        assertThat(groups("sergei")).isNotEmpty().isEqualTo(groups("serhii"));
    }

    @Test
    void anUnlistedSpellingWrittenNearAListedOneIsThatName() {
        assertThat(groups("mikha")).isNotEmpty().isEqualTo(groups("misha"));
        assertThat(groups("aleksiy")).containsAll(groups("aleksei"));
    }

    @Test
    void aPhoneticFormAloneDoesNotMakeAGivenName() {
        // Shargh (an alias of a coal mine) and Mega share a phonetic form with Sergei and Mikhail, and nothing else
        assertThat(groups("shargh")).doesNotContainAnyElementsOf(groups("sergei"));
        assertThat(groups("mega")).doesNotContainAnyElementsOf(groups("mikhail"));
    }

    @Test
    void aGivenNameMetOnlyBySoundIsNotItsVariant() {
        NameParser parser = new NameParser();
        assertThat(TokenMatch.compare(parser.token("sergei"), parser.token("shargh")).kind()).isNotEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
        assertThat(TokenMatch.compare(parser.token("mega"), parser.token("mikha")).kind()).isNotEqualTo(TokenMatch.GIVEN_NAME_VARIANT);
    }
}
