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
    private static final String DEMO = "Demo assessment for trying Passage out; verify before relying on it. ";

    static final List<CountryRisk> REGISTER = List.of(
            risk("RU", SEVERE, "Home jurisdiction: criminal cases for desertion and leaving a unit (Criminal Code art. 337, 338), searches by military police.",
                    HIGH, "Detention by military police and forced return to units reported.",
                    LOW, "Not applicable (own country).",
                    "OVD-Info, reports on prosecution of servicemen for leaving units (as of 2025-05). Mediazona, court statistics on art. 337/338 cases (as of 2025-04)."),
            risk("BY", SEVERE, "Minsk Convention party; close security cooperation; handovers of Russians sought by Russia reported.",
                    HIGH, "Informal handovers at the Union State border without procedure reported.",
                    SEVERE, "Deportation to Russia is routine for people Russia seeks.",
                    "Human Rights Watch, World Report 2025, Belarus chapter (as of 2025-01). Viasna Human Rights Centre statements (as of 2025)."),
            risk("KZ", HIGH, "Minsk Convention and CSTO member; Russian search requests are acted on; a border-guard deserter was handed to Russia in early 2023.",
                    ELEVATED, "Russian services are active; abductions are rare but not excluded.",
                    HIGH, "Stay limits (90 days in 180) enforced; deportation for migration violations.",
                    "Human Rights Watch, World Report 2025, Kazakhstan chapter (as of 2025-01). Go By The Forest (Idite Lesom), public statements on transit countries (as of 2025-03). Mediazona reporting on the 2023 handover (as of 2023-01)."),
            risk("AM", ELEVATED, "CSTO and EAEU member, but Armenian courts have refused Russian extradition requests in military cases.",
                    HIGH, "Russian military police at the Gyumri base detained deserters on Armenian soil and flew them to Russia (reported 2024).",
                    ELEVATED, "Entry is visa-free; long stays need residence.",
                    "OVD-Info, statements on detentions of deserters in Armenia (as of 2024-12). Human Rights Watch, World Report 2025, Armenia chapter (as of 2025-01). Go By The Forest statements (as of 2025-03)."),
            risk("KG", HIGH, "Minsk Convention, CSTO and EAEU member; Russian requests are acted on.",
                    HIGH, "Russian air base at Kant; removals of deserters through it reported.",
                    HIGH, "Deportation to Russia after detention reported.",
                    "Mediazona reporting on a deserter taken from Kyrgyzstan (as of 2023-11). Go By The Forest statements on transit countries (as of 2025-03). Human Rights Watch, World Report 2025, Kyrgyzstan chapter (as of 2025-01)."),
            risk("GE", LOW, "Not a Minsk Convention party; no extradition to Russia for military offences known.",
                    LOW, "No abductions of war resisters known.",
                    ELEVATED, "Some Russians refused entry at the border; one-year visa-free stay.",
                    "Human Rights Watch, World Report 2025, Georgia chapter (as of 2025-01). OVD-Info, reports on entry refusals (as of 2024)."),
            risk("TR", ELEVATED, "Interpol notices can lead to detention; courts rarely extradite for desertion.",
                    LOW, "No abductions of war resisters known.",
                    HIGH, "Residence permits for Russians increasingly refused; removal after detention in removal centres reported.",
                    "Human Rights Watch, World Report 2025, Türkiye chapter (as of 2025-01). OVD-Info, reports on Russians detained in Türkiye (as of 2024)."),
            risk("RS", ELEVATED, "Close ties with Russia; extradition requests possible.",
                    LOW, "No abductions of war resisters known.",
                    HIGH, "Russian anti-war activists expelled or refused residence as security risks (reported 2023–2024).",
                    "Human Rights Watch, World Report 2025, Serbia chapter (as of 2025-01). OVD-Info statements on expulsions from Serbia (as of 2024)."),
            risk("UZ", HIGH, "Minsk Convention party; cooperation with Russian services.",
                    ELEVATED, "Security services cooperate informally with Russia.",
                    HIGH, "Deportation after detention reported.",
                    "Human Rights Watch, World Report 2025, Uzbekistan chapter (as of 2025-01). Go By The Forest statements (as of 2025-03)."),
            risk("TJ", SEVERE, "Minsk Convention party; close cooperation with Russian services.",
                    HIGH, "Russian 201st military base; handovers without procedure feared.",
                    SEVERE, "Deportation to Russia is to be expected.",
                    "Human Rights Watch, World Report 2025, Tajikistan chapter (as of 2025-01). Go By The Forest statements (as of 2025-03)."),
            risk("MN", ELEVATED, "Not a Minsk Convention party, but close ties with Russia.",
                    LOW, "No abductions of war resisters known.",
                    ELEVATED, "Visa-free stay of 30 days; longer stays are difficult.",
                    "OVD-Info, overview of countries reachable without a foreign passport (as of 2024). Go By The Forest statements (as of 2025-03)."),
            risk("AE", ELEVATED, "Extradition treaty with Russia in force; detentions on Russian requests reported.",
                    LOW, "No abductions of war resisters known.",
                    HIGH, "Stay depends on visa or sponsor; removal is quick.",
                    "Human Rights Watch, World Report 2025, United Arab Emirates chapter (as of 2025-01)."),
            risk("FR", LOW, "Does not extradite to Russia for military offences; asylum procedure available.",
                    LOW, "No abductions of war resisters known.",
                    ELEVATED, "Asylum can be refused; removal to Russia is rare but not excluded.",
                    "Human Rights Watch, World Report 2025, France chapter (as of 2025-01). Connection e.V., reports on asylum for Russian deserters in the EU (as of 2024)."),
            risk("DE", LOW, "Does not extradite to Russia for military offences; asylum procedure available.",
                    LOW, "No abductions of war resisters known.",
                    ELEVATED, "Asylum for deserters is granted case by case; refusals happen.",
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
