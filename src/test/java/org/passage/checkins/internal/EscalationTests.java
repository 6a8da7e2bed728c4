package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationTests {

    private final CheckInSettings defaults = new CheckInSettings(null, null, null, null, null);

    @Test
    void levelsAreReachedExactlyAtTheirDelays() {
        var escalation = defaults.escalation();
        assertThat(escalation.levelAfter(Duration.ZERO)).isEqualTo(1);
        assertThat(escalation.levelAfter(Duration.ofHours(2).minusSeconds(1))).isEqualTo(1);
        assertThat(escalation.levelAfter(Duration.ofHours(2))).isEqualTo(2);
        assertThat(escalation.levelAfter(Duration.ofHours(6))).isEqualTo(3);
        assertThat(escalation.levelAfter(Duration.ofDays(30))).isEqualTo(3);
        assertThat(escalation.highest()).isEqualTo(3);
        assertThat(defaults.audience(2)).isEqualTo("coordinator");
    }

    @Test
    void levelsMustComeInIncreasingDelay() {
        assertThatThrownBy(() -> new CheckInSettings(null, List.of(new CheckInSettings.Level("caseworker", Duration.ofHours(2)),
                new CheckInSettings.Level("coordinator", Duration.ofHours(1))), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckInSettings.Level("On Call!", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPublicBaseUrlMustBeAbsolute() {
        assertThat(new CheckInSettings(null, null, null, null, "http://abc.onion/").publicBaseUrl()).isEqualTo("http://abc.onion");
        assertThatThrownBy(() -> new CheckInSettings(null, null, null, null, "abc.onion")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phrasesAreComparedWithoutCaseOrExtraSpaces() {
        assertThat(DuressPhrase.normalize("  Погода   ХОРОШАЯ ")).isEqualTo(DuressPhrase.normalize("погода хорошая"));
        assertThat(DuressPhrase.normalize(null)).isEmpty();
    }

    @Test
    void linkTokensAreLongRandomAndOnlyTheirHashIsKept() {
        String a = LinkTokens.generate();
        assertThat(LinkTokens.wellFormed(a)).isTrue();
        assertThat(a).isNotEqualTo(LinkTokens.generate());
        assertThat(LinkTokens.hash(a)).hasSize(32);
        assertThat(LinkTokens.wellFormed("../../etc")).isFalse();
    }
}
