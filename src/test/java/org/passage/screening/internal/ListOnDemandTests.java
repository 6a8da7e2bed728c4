package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A hit's explanation is put in words when it is first read, once, and reads as the list it stands for. */
class ListOnDemandTests {

    @Test
    void theListIsMadeWhenFirstReadAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        List<String> list = new ListOnDemand<>(() -> {
            made.incrementAndGet();
            return List.of("name", "birth_date.match");
        });
        assertThat(made).hasValue(0);
        assertThat(list).containsExactly("name", "birth_date.match");
        assertThat(list.get(1)).isEqualTo("birth_date.match");
        assertThat(list).hasSize(2).isEqualTo(List.of("name", "birth_date.match"));
        assertThat(made).hasValue(1);
    }

    @Test
    void noOneCanChangeIt() {
        List<String> list = new ListOnDemand<>(() -> new java.util.ArrayList<>(List.of("name")));
        assertThatThrownBy(() -> list.add("more")).isInstanceOf(UnsupportedOperationException.class);
    }
}
