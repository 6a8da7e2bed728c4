package org.passage.web.internal;

import java.util.Comparator;
import java.util.List;
import org.passage.web.HomeSection;

/** The sections of the current staff member's home page: urgent ones with something waiting first, then in each feature's order. */
final class HomePage {

    private HomePage() {
    }

    static List<HomeSection.Attention> sections(List<HomeSection> sections) {
        record Ordered(int order, HomeSection.Attention attention) {
        }
        return sections.stream()
                .flatMap(s -> s.attention().map(a -> new Ordered(s.order(), a)).stream())
                .sorted(Comparator.comparing((Ordered o) -> !(o.attention().urgent() && o.attention().count() > 0)).thenComparingInt(Ordered::order))
                .map(Ordered::attention).toList();
    }
}
