package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTests {

    private final Nicknames table = Nicknames.table();

    @Test
    void aNicknameBelongsToItsFullNamesAndToTheOtherNicknamesOfThem() {
        assertThat(table.related("bob", "robert")).isTrue();
        assertThat(table.related("robert", "bob")).isTrue();
        assertThat(table.related("bob", "rob")).isTrue();
        assertThat(table.related("harry", "henry")).isTrue();
        assertThat(table.related("harry", "harold")).isTrue();
        assertThat(table.related("henry", "harold")).isFalse(); // two full names sharing a nickname are still two names
        assertThat(table.related("bob", "william")).isFalse();
        assertThat(table.related("zzz", "zzz")).isFalse();
    }

    @Test
    void onlyFullNamesHaveFrontCuts() {
        assertThat(table.isFullName("benjamin")).isTrue();
        assertThat(table.isFullName("benny")).isFalse();
        assertThat(table.isFullName("petrov")).isFalse();
    }

    @Test
    void aFullNameSpelledAnotherWayHasTheSameNicknames() {
        assertThat(table.related("nick", "nikolas")).isTrue();
        assertThat(table.related("nick", "nicolas")).isTrue();
        assertThat(table.isFullName("nicolas")).isTrue();
        assertThat(table.isFullName("filip")).isEqualTo(table.isFullName("philip"));
        assertThat(Nicknames.spellingKey("phillip")).isEqualTo(Nicknames.spellingKey("filip"));
        assertThat(table.related("nick", "nicola")).isFalse();
        assertThat(table.related("henry", "harold")).isFalse();
    }
}
