package org.passage.referrals.internal;

import java.util.List;
import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Component;

/** The case page's referrals section: each referral's partner and status, and the way to refer the case. */
@Component
class ReferralPanel implements CasePanel {

    private final ReferralDesk desk;
    private final Partners partners;

    ReferralPanel(ReferralDesk desk, Partners partners) {
        this.desk = desk;
        this.partners = partners;
    }

    public record Line(String partnerName, ReferralStatus status, java.time.Instant referredAt) {
    }

    public record Data(CaseRef ref, List<Line> lines) {
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "referrals/panel";
    }

    @Override
    public Object data(CaseRef ref) {
        return new Data(ref, desk.ofCase(ref).stream()
                .map(r -> new Line(partners.name(r.partnerId()).orElse("?"), r.status(), r.referredAt())).toList());
    }
}
