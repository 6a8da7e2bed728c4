package org.passage.watchlists;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An entry version names a list, an entity and a version that a list can have (versions count from 1). */
class EntryVersionTests {

    @Test
    void aVersionBeforeTheFirstOrABlankListOrEntityIsRefused() {
        assertThatThrownBy(() -> new EntryVersion("ofac-sdn", 0, "ofac-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryVersion(" ", 1, "ofac-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryVersion("ofac-sdn", 1, "")).isInstanceOf(IllegalArgumentException.class);
        new EntryVersion("ofac-sdn", 1, "ofac-1");
    }
}
