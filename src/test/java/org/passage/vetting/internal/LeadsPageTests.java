package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadsPageTests {

    @Test
    void aLongQueueIsShownTwentyLeadsAPage() {
        LeadPages.LeadsPage second = LeadPages.LeadsPage.of(45, 2);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.first()).isEqualTo(20);
        assertThat(second.end()).isEqualTo(40);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        LeadPages.LeadsPage last = LeadPages.LeadsPage.of(45, 3);
        assertThat(last.end() - last.first()).isEqualTo(5);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aPagePastTheEndShowsTheLastAndAnEmptyQueueOnePage() {
        // the last lead of the last page decided: the redirect asks for a page that is gone
        assertThat(LeadPages.LeadsPage.of(40, 3).number()).isEqualTo(2);
        assertThat(LeadPages.LeadsPage.of(0, 1)).isEqualTo(new LeadPages.LeadsPage(1, 1, 0));
        assertThat(LeadPages.LeadsPage.of(0, 1).end()).isZero();
        assertThat(LeadPages.LeadsPage.of(5, -4).number()).isEqualTo(1);
    }

    @Test
    void thePagerFragmentCanReadThePage() {
        // the pager asks these of the page through SpEL, which reads public methods only: a package-private record
        // failed the whole leads page as soon as a second page appeared
        var page = LeadPages.LeadsPage.of(45, 2);
        var parser = new org.springframework.expression.spel.standard.SpelExpressionParser();
        for (String asked : new String[] {"hasPrevious()", "hasNext()", "pages > 1", "number - 1", "total"}) {
            assertThat(parser.parseExpression(asked).getValue(page)).as(asked).isNotNull();
        }
    }
}
