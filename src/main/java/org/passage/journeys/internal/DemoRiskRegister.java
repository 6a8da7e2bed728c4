package org.passage.journeys.internal;

import static org.passage.journeys.RiskLevel.ELEVATED;
import static org.passage.journeys.RiskLevel.HIGH;
import static org.passage.journeys.RiskLevel.LOW;
import static org.passage.journeys.RiskLevel.SEVERE;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.journeys.CountryRisk;
import org.passage.journeys.CountryRisk.Assessment;
import org.passage.journeys.RiskLevel;
import org.passage.organizations.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reasoned demo register for the demo organizations. The levels are an illustration written from public
 * reporting (cited as plain text, nothing fetched); an NGO must make and date its own assessment.
 */
@Component
class DemoRiskRegister implements DemoSeeder {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final List<String> ORGANIZATIONS = List.of("Ark Demo", "Forest Demo", "Birch Demo");
    // the notes as the demo organizations' staff (Russian-speaking, as the real ones) write them; the sources cited as published
    private static final String DEMO = "Демо-оценка, чтобы опробовать Passage; проверьте, прежде чем на неё полагаться. ";

    static final List<CountryRisk> REGISTER = List.of(
            risk("RU", SEVERE, "Своя юрисдикция: уголовные дела за дезертирство и оставление части (ст. 337, 338 УК), розыск военной полицией.",
                    HIGH, "Известны задержания военной полицией и принудительное возвращение в части.",
                    LOW, "Неприменимо (своя страна).",
                    "OVD-Info, reports on prosecution of servicemen for leaving units (as of 2025-05). Mediazona, court statistics on art. 337/338 cases (as of 2025-04)."),
            risk("BY", SEVERE, "Участник Минской конвенции; тесное сотрудничество спецслужб; известны выдачи россиян, которых ищет Россия.",
                    HIGH, "Известны неформальные передачи на границе Союзного государства без процедуры.",
                    SEVERE, "Тех, кого ищет Россия, обычно депортируют в Россию.",
                    "Human Rights Watch, World Report 2025, Belarus chapter (as of 2025-01). Viasna Human Rights Centre statements (as of 2025)."),
            risk("KZ", HIGH, "Участник Минской конвенции и ОДКБ; российские запросы о розыске исполняются; в начале 2023 года дезертир-пограничник был выдан России.",
                    ELEVATED, "Российские спецслужбы активны; похищения редки, но не исключены.",
                    HIGH, "Срок пребывания (90 дней из 180) соблюдается строго; депортация за нарушения миграционных правил.",
                    "Human Rights Watch, World Report 2025, Kazakhstan chapter (as of 2025-01). Go By The Forest (Idite Lesom), public statements on transit countries (as of 2025-03). Mediazona reporting on the 2023 handover (as of 2023-01)."),
            risk("AM", ELEVATED, "Член ОДКБ и ЕАЭС, но армянские суды отказывали России в выдаче по воинским делам.",
                    HIGH, "Российская военная полиция с базы в Гюмри задерживала дезертиров на территории Армении и вывозила их в Россию (сообщения 2024 года).",
                    ELEVATED, "Въезд без визы; для долгого пребывания нужен вид на жительство.",
                    "OVD-Info, statements on detentions of deserters in Armenia (as of 2024-12). Human Rights Watch, World Report 2025, Armenia chapter (as of 2025-01). Go By The Forest statements (as of 2025-03)."),
            risk("KG", HIGH, "Участник Минской конвенции, член ОДКБ и ЕАЭС; российские запросы исполняются.",
                    HIGH, "Российская авиабаза в Канте; известны вывозы дезертиров через неё.",
                    HIGH, "Известны депортации в Россию после задержания.",
                    "Mediazona reporting on a deserter taken from Kyrgyzstan (as of 2023-11). Go By The Forest statements on transit countries (as of 2025-03). Human Rights Watch, World Report 2025, Kyrgyzstan chapter (as of 2025-01)."),
            risk("GE", LOW, "Не участник Минской конвенции; выдачи России за воинские преступления неизвестны.",
                    LOW, "Похищения отказников неизвестны.",
                    ELEVATED, "Некоторым россиянам отказывают во въезде на границе; безвизовое пребывание до года.",
                    "Human Rights Watch, World Report 2025, Georgia chapter (as of 2025-01). OVD-Info, reports on entry refusals (as of 2024)."),
            risk("TR", ELEVATED, "Уведомления Интерпола могут привести к задержанию; за дезертирство суды выдают редко.",
                    LOW, "Похищения отказников неизвестны.",
                    HIGH, "Россиянам всё чаще отказывают в ВНЖ; известны высылки после содержания в депортационных центрах.",
                    "Human Rights Watch, World Report 2025, Türkiye chapter (as of 2025-01). OVD-Info, reports on Russians detained in Türkiye (as of 2024)."),
            risk("RS", ELEVATED, "Тесные связи с Россией; запросы о выдаче возможны.",
                    LOW, "Похищения отказников неизвестны.",
                    HIGH, "Российских антивоенных активистов высылали или отказывали им в ВНЖ как угрозе безопасности (сообщения 2023–2024 годов).",
                    "Human Rights Watch, World Report 2025, Serbia chapter (as of 2025-01). OVD-Info statements on expulsions from Serbia (as of 2024)."),
            risk("UZ", HIGH, "Участник Минской конвенции; сотрудничество с российскими спецслужбами.",
                    ELEVATED, "Спецслужбы неформально сотрудничают с Россией.",
                    HIGH, "Известны депортации после задержания.",
                    "Human Rights Watch, World Report 2025, Uzbekistan chapter (as of 2025-01). Go By The Forest statements (as of 2025-03)."),
            risk("TJ", SEVERE, "Участник Минской конвенции; тесное сотрудничество с российскими спецслужбами.",
                    HIGH, "201-я российская военная база; есть опасения выдачи без процедуры.",
                    SEVERE, "Следует ожидать депортации в Россию.",
                    "Human Rights Watch, World Report 2025, Tajikistan chapter (as of 2025-01). Go By The Forest statements (as of 2025-03)."),
            risk("MN", ELEVATED, "Не участник Минской конвенции, но тесные связи с Россией.",
                    LOW, "Похищения отказников неизвестны.",
                    ELEVATED, "Безвизовое пребывание 30 дней; дольше остаться трудно.",
                    "OVD-Info, overview of countries reachable without a foreign passport (as of 2024). Go By The Forest statements (as of 2025-03)."),
            risk("AE", ELEVATED, "Действует договор о выдаче с Россией; известны задержания по российским запросам.",
                    LOW, "Похищения отказников неизвестны.",
                    HIGH, "Пребывание зависит от визы или спонсора; высылают быстро.",
                    "Human Rights Watch, World Report 2025, United Arab Emirates chapter (as of 2025-01)."),
            risk("FR", LOW, "Не выдаёт России за воинские преступления; есть процедура убежища.",
                    LOW, "Похищения отказников неизвестны.",
                    ELEVATED, "В убежище могут отказать; высылка в Россию редка, но не исключена.",
                    "Human Rights Watch, World Report 2025, France chapter (as of 2025-01). Connection e.V., reports on asylum for Russian deserters in the EU (as of 2024)."),
            risk("DE", LOW, "Не выдаёт России за воинские преступления; есть процедура убежища.",
                    LOW, "Похищения отказников неизвестны.",
                    ELEVATED, "Убежище дезертирам дают в индивидуальном порядке; отказы бывают.",
                    "Connection e.V., reports on asylum for Russian deserters in Germany (as of 2024). Human Rights Watch, World Report 2025, Germany chapter (as of 2025-01)."));

    private final RiskRegister register;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;

    DemoRiskRegister(RiskRegister register, Organizations organizations, AuditTrail audit, Clock clock) {
        this.register = register;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.RISK_REGISTER;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        for (String name : ORGANIZATIONS) {
            var organization = organizations.findByName(name);
            if (organization.isEmpty() || !register.all(organization.get().id()).isEmpty()) {
                continue; // an organization that has a register keeps it
            }
            for (CountryRisk risk : REGISTER) {
                register.save(organization.get().id(), risk, clock.instant(), null);
            }
            audit.record(new AuditEvent("risk.update", "country_risk", null, organization.get().id(), AuditEvent.Outcome.SUCCESS,
                    "demo register of " + REGISTER.size() + " countries"));
        }
    }

    private static CountryRisk risk(String country, RiskLevel extradition, String extraditionText, RiskLevel kidnapping,
                                    String kidnappingText, RiskLevel deportation, String deportationText, String sources) {
        return new CountryRisk(country, new Assessment(extradition, extraditionText), new Assessment(kidnapping, kidnappingText),
                new Assessment(deportation, deportationText), DEMO + sources, AS_OF);
    }
}
