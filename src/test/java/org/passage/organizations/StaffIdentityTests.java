package org.passage.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffIdentityTests {

    @Test
    void spellingsOfOneMailboxShareTheirCanonicalForm() {
        var plain = StaffIdentity.of("ivan.petrov@ngo.example");
        assertThat(StaffIdentity.of("  Ivan.Petrov@NGO.example ").canonical()).isEqualTo(plain.canonical());
        assertThat(StaffIdentity.of("ivan.petrov+analyst@ngo.example").canonical()).isEqualTo(plain.canonical());
        assertThat(StaffIdentity.of("ivan.petrov2@ngo.example").canonical()).isNotEqualTo(plain.canonical());
        assertThat(StaffIdentity.of("  Ivan.Petrov@NGO.example ").typed()).isEqualTo("Ivan.Petrov@NGO.example");
    }

    @Test
    void spellingsOfOnePhoneNumberShareTheirDigits() {
        var plain = StaffIdentity.of("+7 900 123-45-67");
        assertThat(StaffIdentity.of("+7 (900) 1234567").canonical()).isEqualTo(plain.canonical()).isEqualTo("phone:79001234567");
        assertThat(StaffIdentity.of("79001234567").canonical()).isEqualTo(plain.canonical());
    }

    @Test
    void anythingElseIsRefusedAndNothingLeaksThroughToString() {
        for (String bad : new String[] {"", "  ", "ivan", "ivan@", "@ngo.example", "ivan@localhost", "12345", "+7 900 12a 45 67",
                "ivan\u202E@ngo.example", "a".repeat(250) + "@x.example", "two@at@ngo.example"}) {
            assertThat(StaffIdentity.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> StaffIdentity.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(StaffIdentity.of("ivan@ngo.example").toString()).doesNotContain("ivan");
    }
}
