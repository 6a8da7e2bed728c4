package org.passage.referrals.internal;

import java.io.PrintStream;
import java.time.Clock;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo partner lists: "Ark Demo" and "Forest Demo" are each other's partners, and Ark also knows an invented
 * external group, so a referral can be tried both ways right after {@code passage demo}.
 */
@Component
class DemoPartners implements DemoSeeder {

    private final Partners partners;
    private final Organizations organizations;
    private final Clock clock;

    DemoPartners(Partners partners, Organizations organizations, Clock clock) {
        this.partners = partners;
        this.organizations = organizations;
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
        if (ark.isEmpty() || forest.isEmpty() || !partners.of(ark.get().id()).isEmpty()) {
            return;
        }
        partners.add(ark.get().id(), forest.get().id(), forest.get().name(), null, clock.instant());
        partners.add(forest.get().id(), ark.get().id(), ark.get().name(), null, clock.instant());
        partners.add(ark.get().id(), null, "Legal Aid Bishkek (demo)", "signal: +996 555 000 000 (invented)", clock.instant());
    }
}
