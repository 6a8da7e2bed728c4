package org.passage.journeys.internal;

import java.util.Optional;
import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.passage.journeys.CountryRisk;
import org.springframework.stereotype.Component;

/** The journey on the case page: where the person is now, that country's risk, and the timeline. */
@Component
class JourneyPanel implements CasePanel {

    /** How many timeline lines the case page shows; the journey page shows all. */
    static final int TIMELINE_LINES = 12;

    private final JourneyDesk desk;
    private final RiskRegister register;

    JourneyPanel(JourneyDesk desk, RiskRegister register) {
        this.desk = desk;
        this.register = register;
    }

    /** What the fragment shows. */
    public record Data(Journey journey, Optional<CountryRisk> risk) {
        public java.util.List<Journey.Moment> recent() {
            var all = journey.timeline();
            return all.subList(0, Math.min(TIMELINE_LINES, all.size()));
        }
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "journeys/panel";
    }

    @Override
    public Object data(CaseRef ref) {
        Journey journey = desk.journey(ref);
        return new Data(journey, journey.current().flatMap(l -> register.find(ref.organizationId(), l.countryCode())));
    }
}
