package org.passage.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A name shown in a list must read as it is: no right-to-left override or other invisible steering. */
class HiddenCharactersTests {

    @Test
    void bidirectionalOverridesIsolatesMarksAndControlsAreHidden() {
        for (String hidden : new String[] {"Ark \u202Eomed", "\u202AArk\u202C", "Ark\u2067x\u2069", "\u200EArk", "Ark\u061C",
                "Ark\u00AD", "\uFEFFArk", "Ark\u0007"}) {
            assertThat(HiddenCharacters.in(hidden)).as(hidden).isTrue();
            assertThatIllegalArgumentException().isThrownBy(() -> Organization.validName(hidden));
            assertThatIllegalArgumentException().isThrownBy(() -> StaffMember.validDisplayName(hidden));
        }
        assertThat(HiddenCharacters.in("Ковчег · Ark — אֲרוֹן")).isFalse();
        assertThat(HiddenCharacters.in("می\u200Cخواهم")).as("Persian needs the zero-width non-joiner").isFalse();
    }

    @Test
    void aNameStoredBeforeTheyWereRefusedIsShownWithoutThem() {
        assertThat(new Organization(UUID.randomUUID(), "Ark \u202Eomed").name()).isEqualTo("Ark omed");
    }
}
