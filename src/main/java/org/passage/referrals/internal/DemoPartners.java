package org.passage.referrals.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo partner lists: "Ark Demo" and "Forest Demo" are each other's partners, and Ark also knows an invented
 * external group, so a referral can be tried both ways right after {@code passage demo}. At the demo's scale there
 * are referrals between them too: Ark has referred a dozen people in third countries to Forest (some declined), and
 * Forest a few to Ark, so each coordinator's inbox has something to answer and the statistics something to count.
 */
@Component
class DemoPartners implements DemoSeeder {

    private static final int ARK_TO_FOREST = 12;
    private static final int DECLINED = 5;
    private static final int FOREST_TO_ARK = 6;

    private final Partners partners;
    private final Referrals referrals;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    DemoPartners(Partners partners, Referrals referrals, Organizations organizations, StaffDirectory staff, Cases cases,
                 AuditTrail audit, Clock clock) {
        this.partners = partners;
        this.referrals = referrals;
        this.organizations = organizations;
        this.staff = staff;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.PARTNERS;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        var ark = organizations.findByName("Ark Demo");
        var forest = organizations.findByName("Forest Demo");
        if (ark.isEmpty() || forest.isEmpty()) {
            return;
        }
        if (partners.of(ark.get().id()).isEmpty()) {
            partners.add(ark.get().id(), forest.get().id(), forest.get().name(), null, clock.instant());
            partners.add(forest.get().id(), ark.get().id(), ark.get().name(), null, clock.instant());
            partners.add(ark.get().id(), null, "Legal Aid Bishkek (demo)", "signal: +996 555 000 000 (invented)", clock.instant());
        }
        if (!referrals.incoming(forest.get().id()).isEmpty() || !referrals.incoming(ark.get().id()).isEmpty()) {
            return;
        }
        int sent = refer(ark.get(), forest.get(), ARK_TO_FOREST, DECLINED) + refer(forest.get(), ark.get(), FOREST_TO_ARK, 0);
        if (sent > 0) {
            console.println("Demo referrals: " + sent + " between Ark and Forest Demo, most still to answer"
                    + " (log in as forest.coordinator: /referrals/incoming).");
        }
    }

    /** Refers {@code count} of the sender's people in third countries, oldest first; the partner declined the first {@code declined}. */
    private int refer(Organization from, Organization to, int count, int declined) {
        Optional<Partner> partner = partners.of(from.id()).stream().filter(p -> to.id().equals(p.partnerOrganizationId())).findFirst();
        Optional<UUID> by = member(from.id());
        Optional<UUID> answeredBy = member(to.id());
        if (partner.isEmpty() || by.isEmpty() || answeredBy.isEmpty()) {
            return 0;
        }
        List<CaseRef> abroad = cases.ofOrganization(from.id(), "demo referrals").reversed().stream()
                .filter(c -> c.stage() == Stage.IN_THIRD_COUNTRY).limit(count).toList();
        Instant now = clock.instant();
        for (int i = 0; i < abroad.size(); i++) {
            CaseRef ref = abroad.get(i);
            Instant at = now.minus(Duration.ofDays(3L * (abroad.size() - i)));
            var summary = new Summary(Map.of(SummaryField.COUNTRY, "Казахстан", SummaryField.NEEDS,
                    "Жильё на несколько недель и помощь с гуманитарной визой (демо).", SummaryField.LANGUAGES, "русский",
                    SummaryField.URGENCY, i % 3 == 0 ? "на этой неделе" : "в этом месяце"));
            var consent = new ReferralForm.Consent("он сам (демо)", LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                    ConsentMethod.MESSENGER, Set.of(SummaryField.COUNTRY, SummaryField.NEEDS, SummaryField.LANGUAGES, SummaryField.URGENCY));
            UUID id = referrals.add(from.id(), ref.id(), partner.get(), summary, consent, by.get(), at);
            audit.record(AuditEvent.of("referral.create", "case", ref.id(), from.id()).withDetail("demo data: referral " + id));
            if (i < declined) {
                referrals.answer(id, ReferralStatus.DECLINED, "В этом месяце мест нет (демо).", null, answeredBy.get(), at.plus(Duration.ofDays(1)));
            }
        }
        return abroad.size();
    }

    /** A coordinator of the organization, or else anyone on its staff. */
    private Optional<UUID> member(UUID organization) {
        List<StaffMember> members = staff.inOrganization(organization);
        return members.stream().filter(m -> m.has(Role.COORDINATOR)).findFirst().or(() -> members.stream().findFirst()).map(StaffMember::id);
    }
}
