package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListPageTests {

    private static final List<Integer> FORTY_FIVE = IntStream.range(0, 45).boxed().toList();

    @Test
    void aLongListIsShownAPageAtATime() {
        ListPage<Integer> second = ListPage.of(FORTY_FIVE, 2, 20);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(45);
        assertThat(second.items()).first().isEqualTo(20);
        assertThat(second.items()).hasSize(20).last().isEqualTo(39);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        ListPage<Integer> last = ListPage.of(FORTY_FIVE, 3, 20);
        assertThat(last.items()).hasSize(5);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aPagePastTheEndShowsTheLastAndAnEmptyListOnePage() {
        // the last lead of the last page decided: the redirect asks for a page that is gone
        assertThat(ListPage.of(FORTY_FIVE.subList(0, 40), 3, 20).number()).isEqualTo(2);
        assertThat(ListPage.of(List.of(), 1, 20)).isEqualTo(new ListPage<>(List.of(), 1, 1, 0));
        assertThat(ListPage.of(List.of(), 1, 20).items()).isEmpty();
        assertThat(ListPage.of(FORTY_FIVE.subList(0, 5), -4, 20).number()).isEqualTo(1);
    }

    @Test
    void thePagerFragmentCanReadThePage() {
        // the pager asks these of the page through SpEL, which reads public methods only: a package-private record
        // failed the whole leads page as soon as a second page appeared
        var page = ListPage.of(FORTY_FIVE, 2, 20);
        var parser = new org.springframework.expression.spel.standard.SpelExpressionParser();
        for (String asked : new String[] {"hasPrevious()", "hasNext()", "pages > 1", "number - 1", "total"}) {
            assertThat(parser.parseExpression(asked).getValue(page)).as(asked).isNotNull();
        }
    }
}
