package org.passage.cases.internal;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo at real scale: about 500 cases opened over the last two years in the three demo organizations, so that
 * the statistics (which hide counts under five), the case list and its paging show what they are for. The people are
 * plainly invented — surnames such as Примеров ("Examplov") and Образцов ("Samplov") from a short list — and the same
 * seed gives the same crowd, in a second or two. Two more are namesakes of sanctioned people, so that screening has
 * alerts to review. An organization that has more than its hand-written demo cases
 * already is left as it is, so the demo never duplicates.
 */
@Component
class DemoCrowd implements DemoSeeder {

    static final long SEED = 14;
    static final Map<String, Integer> SIZES = Map.of("Ark Demo", 260, "Forest Demo", 150, "Birch Demo", 90);
    private static final int DAYS = 730;
    private static final int DAYS_PER_STEP = 19;

    private static final String[][] SURNAMES = {{"Примеров", "PRIMEROV"}, {"Образцов", "OBRAZTSOV"}, {"Тестов", "TESTOV"},
            {"Демов", "DEMOV"}, {"Макетов", "MAKETOV"}, {"Пробин", "PROBIN"}, {"Шаблонов", "SHABLONOV"}, {"Выдумкин", "VYDUMKIN"}};
    private static final String[][] GIVEN = {{"Иван", "IVAN"}, {"Пётр", "PETR"}, {"Сергей", "SERGEI"}, {"Алексей", "ALEKSEI"},
            {"Денис", "DENIS"}, {"Илья", "ILIA"}, {"Олег", "OLEG"}, {"Тимур", "TIMUR"}, {"Никита", "NIKITA"}, {"Глеб", "GLEB"}};
    /** Where the crowd's cases are now, by weight: most abroad or on the way, some hiding, a few lost or detained. */
    private static final Object[][] STAGES = {{Stage.FIRST_CONTACT, 8}, {Stage.HIDING_IN_RUSSIA, 12}, {Stage.CROSSING, 5},
            {Stage.IN_THIRD_COUNTRY, 20}, {Stage.VETTING, 8}, {Stage.VISA_APPLIED, 10}, {Stage.VISA_GRANTED, 5}, {Stage.IN_TRANSIT, 3},
            {Stage.ARRIVED, 8}, {Stage.ASYLUM_FILED, 8}, {Stage.LOST_CONTACT, 4}, {Stage.DETAINED, 2}, {Stage.CLOSED, 7}};

    /** Namesakes of people on the OFAC list (the bundled excerpt and the whole list alike), so screening has alerts to review. */
    /**
     * The first gave no birth date at first contact, so screening flags him and a decision is to be taken; the second
     * gave one thirty years from the listed man's, so the hit of a list that gives that birth date stays under the threshold,
     * shown apart as no match; a list that gives the listed man no birth date still flags him (with the full data the demo
     * raised his alert while the console said his hit stayed under the threshold). (Both had a birth date: neither was
     * flagged, while the console said both were.)
     */
    private static final List<Applicant> NAMESAKES = List.of(
            new Applicant("Рогозин Дмитрий Олегович", "ROGOZIN DMITRY", null),
            new Applicant("Аксёнов Сергей Валерьевич", "AKSYONOV SERGEY", LocalDate.of(1993, 8, 17)));

    private final CaseFiles files;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    DemoCrowd(CaseFiles files, Organizations organizations, StaffDirectory staff, AuditTrail audit, JdbcClient jdbc, Clock clock,
              org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.files = files;
        this.organizations = organizations;
        this.staff = staff;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.CROWD;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        int added = 0;
        for (String name : List.of("Ark Demo", "Forest Demo", "Birch Demo")) {
            var organization = organizations.findByName(name);
            if (organization.isEmpty()) {
                continue;
            }
            UUID org = organization.get().id();
            long handWritten = DemoCases.CASES.stream().filter(c -> c.organization().equals(name)).count();
            if (files.facts("c.organization_id = :org", Map.of("org", org), "c.id").size() > handWritten) {
                continue;
            }
            added += crowd(org, SIZES.get(name), new Random(SEED + name.hashCode()));
            if (name.equals("Ark Demo")) {
                namesakes(org);
            }
        }
        if (added > 0) {
            console.println("Demo crowd: " + added + " invented people (seed " + SEED + ") opened over the last two years in"
                    + " Ark, Forest and Birch Demo, and in Ark " + NAMESAKES.size() + " namesakes of sanctioned people: "
                    + NAMESAKES.getFirst().latinName() + " gave no birth date, so screening flags him (see /screening/alerts;"
                    + " a decision on a hit counts once a second reviewer confirms it: analyst proposes, analyst2 or the"
                    + " coordinator confirms); " + NAMESAKES.getLast().latinName() + "'s birth date differs from the listed"
                    + " man's, so the hit of a list that gives that birth date stays under the threshold, as no match; a list"
                    + " that gives no birth date for him still flags him, and that hit is decided as the first's.");
        }
    }

    private int crowd(UUID org, int size, Random random) {
        List<StaffMember> members = staff.inOrganization(org);
        List<UUID> caseworkers = with(members, Role.CASEWORKER);
        List<UUID> analysts = with(members, Role.VETTING_ANALYST);
        List<UUID> lawyers = with(members, Role.LAWYER);
        Instant now = clock.instant();
        for (int i = 0; i < size; i++) {
            int age = random.nextInt(DAYS);
            Stage stage = stage(random, age);
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            LocalDate born = LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var opened = files.open(org, new Applicant(surname[0] + " " + given[0], surname[1] + " " + given[1], born), stage, null);
            Instant at = now.minus(Duration.ofDays(age)).minus(Duration.ofMinutes(random.nextInt(24 * 60)));
            jdbc.sql("update cases set opened_at = :at, updated_at = :at where id = :id")
                    .param("at", Timestamp.from(at)).param("id", opened.id().value()).update();
            if (!caseworkers.isEmpty()) {
                files.assign(opened.id(), caseworkers.get(i % caseworkers.size()), null);
            }
            if (stage == Stage.VETTING && !analysts.isEmpty()) {
                files.assign(opened.id(), analysts.get(i % analysts.size()), null);
            }
            if ((stage == Stage.VISA_APPLIED || stage == Stage.DETAINED) && !lawyers.isEmpty()) {
                files.assign(opened.id(), lawyers.get(i % lawyers.size()), null);
            }
        }
        audit.record(new AuditEvent("case.open", "case", null, org, AuditEvent.Outcome.SUCCESS,
                "demo data: " + size + " synthetic cases, seed " + SEED));
        return size;
    }

    private void namesakes(UUID org) {
        List<UUID> caseworkers = with(staff.inOrganization(org), Role.CASEWORKER);
        // a decision on a screening hit counts once a second reviewer confirms it: the analysts work on the namesakes
        // too, so that one can propose and another confirm (the coordinator alone could sign only half of it)
        List<UUID> analysts = with(staff.inOrganization(org), Role.VETTING_ANALYST);
        for (Applicant namesake : NAMESAKES) {
            var opened = files.open(org, namesake, Stage.FIRST_CONTACT, null);
            if (!caseworkers.isEmpty()) {
                files.assign(opened.id(), caseworkers.getFirst(), null);
            }
            for (UUID analyst : analysts) {
                files.assign(opened.id(), analyst, null);
            }
            audit.record(new AuditEvent("case.open", "case", opened.id().toString(), org, AuditEvent.Outcome.SUCCESS, "demo data"));
            // opened as the case desk opens a case, so screening screens them at once: the demo's lists are loaded before
            // its cases, and without this the console's "whom screening flags" found /screening/alerts empty
            events.publishEvent(new org.passage.cases.CaseOpened(opened.id(), org));
        }
    }

    /** A stage by weight that a case opened {@code age} days ago can have reached, at most one step in 19 days. */
    private static Stage stage(Random random, int age) {
        int total = 0;
        for (Object[] s : STAGES) {
            total += (Integer) s[1];
        }
        while (true) {
            int pick = random.nextInt(total);
            for (Object[] s : STAGES) {
                pick -= (Integer) s[1];
                if (pick < 0) {
                    Stage stage = (Stage) s[0];
                    if (stage.ordinal() * DAYS_PER_STEP <= age) {
                        return stage;
                    }
                    break;
                }
            }
        }
    }

    private static List<UUID> with(List<StaffMember> members, Role role) {
        List<UUID> ids = new ArrayList<>();
        members.stream().filter(m -> m.has(role) && !m.disabled()).forEach(m -> ids.add(m.id()));
        return ids;
    }
}
