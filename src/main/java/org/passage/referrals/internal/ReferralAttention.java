package org.passage.referrals.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Referrals from partner organizations still waiting for an answer, on coordinators' home pages. */
@Component
class ReferralAttention implements HomeSection {

    private static final int SHOWN = 5;

    private final ReferralDesk desk;
    private final CurrentStaff staff;

    ReferralAttention(ReferralDesk desk, CurrentStaff staff) {
        this.desk = desk;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        if (!staff.has(Role.COORDINATOR)) {
            return Optional.empty();
        }
        List<Referral> pending = desk.incoming().stream().filter(Referral::pending).toList();
        List<Line> lines = pending.stream().limit(SHOWN).map(r -> new Line(r.id().toString().substring(0, 8),
                r.referredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), "/referrals/incoming/" + r.id(), null, false)).toList();
        return Optional.of(new Attention("referrals", "home.referrals.title", "/referrals/incoming", false, pending.size(), lines));
    }
}
