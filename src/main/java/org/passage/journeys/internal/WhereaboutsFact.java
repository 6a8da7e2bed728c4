package org.passage.journeys.internal;

import java.util.List;
import java.util.Locale;
import org.passage.cases.CaseRef;
import org.passage.cases.spi.CaseFact;
import org.passage.journeys.RiskLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The case header's "where now": the country he was last known to be in and the risk the organization assessed there. */
@Component
class WhereaboutsFact implements CaseFact {

    private final JourneyLog log;
    private final RiskRegister register;
    private final MessageSource messages;

    WhereaboutsFact(JourneyLog log, RiskRegister register, MessageSource messages) {
        this.log = log;
        this.register = register;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Fact> facts(CaseRef ref) {
        var current = log.locations(ref.organizationId(), ref.id()).stream().findFirst();
        if (current.isEmpty()) {
            return List.of(new Fact("where", "cases.header.where", "journeys.header.unknown", List.of(), false));
        }
        Locale locale = LocaleContextHolder.getLocale();
        String code = current.get().countryCode();
        String country = Locale.of("", code).getDisplayCountry(locale);
        var risk = register.find(ref.organizationId(), code).map(r -> r.highest());
        if (risk.isEmpty()) {
            return List.of(new Fact("where", "cases.header.where", "journeys.header.unassessed", List.of(country), false));
        }
        RiskLevel level = risk.get();
        return List.of(new Fact("where", "cases.header.where", "journeys.header.risk",
                List.of(country, messages.getMessage(level.messageKey(), null, level.name(), locale)),
                level == RiskLevel.HIGH || level == RiskLevel.SEVERE));
    }
}
