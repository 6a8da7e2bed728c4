package org.passage.cases.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.passage.organizations.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo cases of invented people, spread over the journey, assigned so that need-to-know can be tried out. */
@Component
class DemoCases implements DemoSeeder {

    record Demo(String organization, String name, String latinName, LocalDate born, Stage stage, List<String> staff) {
    }

    static final List<Demo> CASES = List.of(
            new Demo("Ark Demo", "Щербаков Александр Юрьевич", "SHCHERBAKOV ALEKSANDR", LocalDate.of(1991, 3, 2), Stage.IN_THIRD_COUNTRY, List.of("caseworker", "lawyer")),
            new Demo("Ark Demo", "Волков Дмитрий Сергеевич", "VOLKOV DMITRII", LocalDate.of(1996, 7, 14), Stage.HIDING_IN_RUSSIA, List.of("caseworker")),
            new Demo("Ark Demo", "Никитин Павел Андреевич", "NIKITIN PAVEL", LocalDate.of(1988, 11, 5), Stage.VETTING, List.of("caseworker", "analyst", "analyst2")),
            new Demo("Ark Demo", "Гусев Роман Игоревич", "GUSEV ROMAN", LocalDate.of(2001, 1, 23), Stage.FIRST_CONTACT, List.of("caseworker2")),
            new Demo("Ark Demo", "Зайцев Кирилл Олегович", "ZAITSEV KIRILL", LocalDate.of(1993, 9, 30), Stage.CROSSING, List.of("caseworker2")),
            new Demo("Ark Demo", "Орлов Евгений Викторович", "ORLOV EVGENII", LocalDate.of(1985, 4, 18), Stage.VISA_APPLIED, List.of("caseworker", "lawyer", "analyst")),
            new Demo("Ark Demo", "Соколов Артём Николаевич", "SOKOLOV ARTEM", LocalDate.of(1999, 12, 2), Stage.LOST_CONTACT, List.of("caseworker2")),
            new Demo("Forest Demo", "Лебедев Максим Петрович", "LEBEDEV MAKSIM", LocalDate.of(1994, 6, 9), Stage.HIDING_IN_RUSSIA, List.of("forest.caseworker")));

    /** A demo task on the {@code caseIndex}-th demo case, due {@code inDays} from today (negative: overdue), for {@code assignee} or nobody. */
    record DemoTask(int caseIndex, CaseTask.Kind kind, String title, int inDays, @Nullable String assignee) {
    }

    // the demo organizations are Russian-speaking groups in exile, as the real ones are: their staff write in Russian
    static final List<DemoTask> TASKS = List.of(
            new DemoTask(0, CaseTask.Kind.LEGAL_ADVICE, "Подготовить его к интервью по убежищу", -2, "lawyer"),
            new DemoTask(0, CaseTask.Kind.LOGISTICS, "Записать на приём в консульство", 3, "caseworker"),
            new DemoTask(1, CaseTask.Kind.LOGISTICS, "Найти безопасную квартиру на первую неделю", -1, null),
            new DemoTask(2, CaseTask.Kind.DOCUMENTS, "Получить скан военного билета", 5, "caseworker"),
            new DemoTask(5, CaseTask.Kind.LEGAL_ADVICE, "Узнать решение по гуманитарной визе", 1, "lawyer"));

    private final CaseFiles files;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final CaseTasks tasks;
    private final java.time.Clock clock;

    DemoCases(CaseFiles files, Organizations organizations, StaffDirectory staff, AuditTrail audit, CaseTasks tasks, java.time.Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        this.files = files;
        this.organizations = organizations;
        this.staff = staff;
        this.audit = audit;
    }

    @Override
    public DemoData step() {
        return DemoData.CASES;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        // an organization that has any case already keeps what it has: the demo never duplicates
        Set<String> seeded = CASES.stream().map(Demo::organization).distinct()
                .filter(name -> !files.list(organizations.findByName(name).orElseThrow().id(), null, 1).isEmpty())
                .collect(Collectors.toSet());
        int added = 0;
        java.util.Map<Integer, org.passage.cases.CaseId> openedIds = new java.util.HashMap<>();
        for (int i = 0; i < CASES.size(); i++) {
            Demo demo = CASES.get(i);
            if (seeded.contains(demo.organization())) {
                continue;
            }
            UUID org = organizations.findByName(demo.organization()).orElseThrow().id();
            var opened = files.open(org, new Applicant(demo.name(), demo.latinName(), demo.born()), Stage.FIRST_CONTACT, null);
            if (demo.stage() != Stage.FIRST_CONTACT) {
                files.changeStage(opened.id(), demo.stage());
            }
            for (String username : demo.staff()) {
                @Nullable UUID member = staff.findByUsername(username).map(m -> m.id()).orElse(null);
                if (member != null) {
                    files.assign(opened.id(), member, null);
                }
            }
            audit.record(new AuditEvent("case.open", "case", opened.id().toString(), org, AuditEvent.Outcome.SUCCESS, "demo data"));
            openedIds.put(i, opened.id());
            added++;
        }
        for (DemoTask t : TASKS) {
            if (openedIds.containsKey(t.caseIndex())) {
                var demo = CASES.get(t.caseIndex());
                UUID org = organizations.findByName(demo.organization()).orElseThrow().id();
                @Nullable UUID assignee = t.assignee() == null ? null : staff.findByUsername(t.assignee()).map(m -> m.id()).orElse(null);
                tasks.add(org, openedIds.get(t.caseIndex()), new CaseTask(UUID.randomUUID(), t.kind(), t.title(),
                        LocalDate.now(clock).plusDays(t.inDays()), null, clock.instant(), assignee), null);
            }
        }
        if (added > 0) {
            console.println("Demo cases: " + added + " invented people across the journey stages.");
        }
    }
}
