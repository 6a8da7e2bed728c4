package org.passage.referrals.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
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
    private final Organizations organizations;

    ReferralAttention(ReferralDesk desk, CurrentStaff staff, Organizations organizations) {
        this.desk = desk;
        this.staff = staff;
        this.organizations = organizations;
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
        // the day it was sent and who sent it, as the incoming list says: the line began with eight hex digits of its id,
        // which named nothing a coordinator knows (walk27)
        List<Line> lines = pending.stream().limit(SHOWN).map(r -> new Line(r.referredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                organizations.find(r.organizationId()).map(Organization::name).orElse("—"), "/referrals/incoming/" + r.id(), null, false)).toList();
        return Optional.of(new Attention("referrals", "home.referrals.title", "/referrals/incoming", false, pending.size(), lines));
    }
}
