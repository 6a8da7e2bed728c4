package org.passage.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.cases.Cases;
import org.passage.cases.CaseRef;
import org.passage.demo.DemoSeeder;
import org.passage.journeys.Journeys;
import org.passage.organizations.Organizations;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole demo, seeded twice: every demo case gets a journey that ends at its stage, once; the register too. */
// its own context (and so its own database): the demo seeded here must not show up in other tests
@PassageIntegrationTest(properties = "passage.test.context=demo-journeys")
@org.springframework.test.annotation.DirtiesContext
class DemoJourneysIntegrationTests {

    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    Cases cases;
    @Autowired
    JourneyLog log;
    @Autowired
    Journeys journeys;
    @Autowired
    RiskRegister register;
    @Autowired
    Organizations organizations;

    @Test
    void demoCasesGetAJourneyToTheirStageAndTheDemoRegisterOnce() {
        seedAll();
        var ark = organizations.findByName("Ark Demo").orElseThrow().id();
        List<CaseRef> refs = cases.ofOrganization(ark, "test");
        assertThat(refs).isNotEmpty();
        for (CaseRef ref : refs) {
            var stages = log.stages(ark, ref.id());
            assertThat(stages).as("history of a demo case").isNotEmpty();
            assertThat(stages.getFirst().to()).isEqualTo(ref.stage());
            assertThat(stages.getLast().from()).isNull();
            assertThat(journeys.whereabouts(ref.id())).isPresent();
        }
        // stays of many lengths, none ending after today: the statistics' medians are not one number for every stage
        List<Long> stays = new java.util.ArrayList<>();
        for (CaseRef ref : refs) {
            var oldestFirst = log.stages(ark, ref.id()).reversed();
            for (int i = 1; i < oldestFirst.size(); i++) {
                stays.add(java.time.temporal.ChronoUnit.DAYS.between(oldestFirst.get(i - 1).effective(), oldestFirst.get(i).effective()));
            }
            assertThat(oldestFirst.getLast().effective()).isBeforeOrEqualTo(java.time.LocalDate.now());
        }
        var byLength = stays.stream().collect(java.util.stream.Collectors.groupingBy(d -> d, java.util.stream.Collectors.counting()));
        assertThat(byLength.values()).as("no one length for most stays").allSatisfy(n -> assertThat(n * 2).isLessThan(stays.size()));
        assertThat(register.all(ark)).extracting(r -> r.countryCode())
                .contains("KZ", "AM", "KG", "GE", "TR", "RS", "UZ", "TJ", "MN", "AE", "RU", "BY", "FR", "DE");
        assertThat(register.all(ark)).allSatisfy(r -> assertThat(r.sources()).contains("as of"));

        int before = refs.stream().mapToInt(r -> log.stages(ark, r.id()).size()).sum();
        seedAll();
        assertThat(refs.stream().mapToInt(r -> log.stages(ark, r.id()).size()).sum()).isEqualTo(before);
    }

    private void seedAll() {
        var out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DemoSeeder.seedAll(seeders, out);
    }
}
