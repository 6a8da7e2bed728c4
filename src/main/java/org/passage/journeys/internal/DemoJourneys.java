package org.passage.journeys.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Cases;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives each demo case (seeded by cases at its current stage) a plausible journey up to that stage: the
 * stage changes with invented reasons, and places — real cities, invented people. Runs after the cases.
 */
@Component
class DemoJourneys implements DemoSeeder {

    private static final int DAYS_PER_STEP = 19;
    private static final List<String> HOME_CITIES = List.of("Екатеринбург", "Самара", "Новосибирск", "Пермь", "Краснодар",
            "Омск", "Воронеж", "Тверь");
    private static final List<String> HIDING_CITIES = List.of("Тверь", "Казань", "Челябинск", "Уфа", "Саратов",
            "Барнаул", "Курган", "Оренбург");
    private static final List<String[]> THIRD_COUNTRIES = List.of(new String[] {"KZ", "Алматы"}, new String[] {"AM", "Ереван"},
            new String[] {"KG", "Бишкек"}, new String[] {"GE", "Тбилиси"}, new String[] {"KZ", "Астана"},
            new String[] {"TR", "Стамбул"}, new String[] {"RS", "Белград"}, new String[] {"MN", "Улан-Батор"});

    private final Cases cases;
    private final JourneyLog log;
    private final Organizations organizations;
    private final Clock clock;

    DemoJourneys(Cases cases, JourneyLog log, Organizations organizations, Clock clock) {
        this.cases = cases;
        this.log = log;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.JOURNEYS;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        int seeded = 0;
        for (String name : DemoRiskRegister.ORGANIZATIONS) {
            var organization = organizations.findByName(name);
            if (organization.isEmpty()) {
                continue;
            }
            List<CaseRef> refs = cases.ofOrganization(organization.get().id(), "demo journeys");
            for (int i = 0; i < refs.size(); i++) {
                CaseRef ref = refs.get(i);
                var stages = log.stages(ref.organizationId(), ref.id());
                // a case the demo opened as the case desk does (CaseOpened) already has its first contact (FirstContact)
                boolean firstContactOnly = stages.size() == 1 && stages.getFirst().from() == null
                        && stages.getFirst().to() == Stage.FIRST_CONTACT;
                if ((stages.isEmpty() || firstContactOnly) && log.locations(ref.organizationId(), ref.id()).isEmpty()) {
                    seed(ref, i, firstContactOnly);
                    seeded++;
                }
            }
        }
        if (seeded > 0) {
            console.println("Demo journeys: stage histories and places for " + seeded + " cases.");
        }
    }

    private void seed(CaseRef ref, int index, boolean firstContactLogged) {
        List<Stage> path = path(ref.stage());
        LocalDate day = LocalDate.now(clock).minusDays((long) DAYS_PER_STEP * path.size() + index);
        LocalDate opened = LocalDate.ofInstant(ref.openedAt(), java.time.ZoneOffset.UTC);
        int step = DAYS_PER_STEP;
        if (opened.isBefore(day)) {
            // a case of the demo crowd, opened long ago: its journey starts that day, no step after today
            day = opened;
            step = (int) Math.max(1, Math.min(DAYS_PER_STEP, java.time.temporal.ChronoUnit.DAYS.between(opened, LocalDate.now(clock)) / path.size()));
        }
        Instant at = clock.instant();
        String[] abroad = THIRD_COUNTRIES.get(index % THIRD_COUNTRIES.size());
        @Nullable Stage previous = null;
        for (int k = 0; k < path.size(); k++) {
            Stage stage = path.get(k);
            if (k > 0 || !firstContactLogged) {
                log.add(ref.organizationId(), new StageEntry(UUID.randomUUID(), ref.id(), previous, stage, day, false,
                        reason(stage), at, null));
            }
            String[] place = switch (stage) {
                case FIRST_CONTACT -> new String[] {"RU", HOME_CITIES.get(index % HOME_CITIES.size())};
                case HIDING_IN_RUSSIA -> new String[] {"RU", HIDING_CITIES.get(index % HIDING_CITIES.size())};
                case IN_THIRD_COUNTRY -> abroad;
                case ARRIVED -> new String[] {"FR", "Paris"};
                default -> null;
            };
            if (place != null) {
                log.add(ref.organizationId(), new LocationEntry(UUID.randomUUID(), ref.id(), place[0], place[1], day, at, null));
            }
            previous = stage;
            day = day.plusDays(stay(step, index, k));
            at = at.plusMillis(1);
        }
    }

    /**
     * How long the {@code k}th stage of the {@code index}th case lasts: around {@code step}, longer and shorter by the same
     * amount in turn, so that a journey still ends by today. Stays of one length made every median and percentile of
     * the statistics page the same number of days, which reads as a broken page.
     */
    static int stay(int step, int index, int k) {
        int d = Math.floorMod(index * 7 + (k / 2) * 13, step / 2 + 1);
        return Math.max(1, k % 2 == 0 ? step + d : step - d);
    }

    /** The stages a case went through to reach {@code now}; interruptions come after a stay abroad. */
    static List<Stage> path(Stage now) {
        var path = new ArrayList<Stage>();
        Stage last = switch (now) {
            case LOST_CONTACT, DETAINED -> Stage.IN_THIRD_COUNTRY;
            default -> now;
        };
        for (Stage s : StageRules.ROUTE) {
            path.add(s);
            if (s == last) {
                break;
            }
        }
        if (last != now) {
            path.add(now);
        }
        return path;
    }

    /** Why a stage was set, as a demo organization's staff (Russian-speaking, as the real ones) would write it. */
    private static String reason(Stage stage) {
        return switch (stage) {
            case FIRST_CONTACT -> "Написал в Telegram-бот, когда пришла повестка.";
            case HIDING_IN_RUSSIA -> "Не вернулся в часть из отпуска; живёт у родственников друга.";
            case CROSSING -> "Едет к границе на автобусе по внутреннему паспорту.";
            case IN_THIRD_COUNTRY -> "Пересёк границу по суше; зарегистрирован в хостеле.";
            case VETTING -> "Проверяем историю службы и документы.";
            case VISA_APPLIED -> "Заявление на гуманитарную визу подано в консульство.";
            case VISA_GRANTED -> "Виза выдана на 90 дней.";
            case IN_TRANSIT -> "Билет куплен; отметки каждые 6 часов.";
            case ARRIVED -> "Встретила в аэропорту организация-партнёр.";
            case ASYLUM_FILED -> "Заявление об убежище зарегистрировано.";
            case LOST_CONTACT -> "Не отвечает четыре дня; телефон выключен.";
            case DETAINED -> "Задержан при миграционной проверке; юрист в курсе.";
            case CLOSED -> "Дело закрыто.";
        };
    }
}
