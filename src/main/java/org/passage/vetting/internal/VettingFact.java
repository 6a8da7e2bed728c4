package org.passage.vetting.internal;

import java.util.List;
import java.util.Locale;
import org.passage.cases.CaseRef;
import org.passage.cases.spi.CaseFact;
import org.passage.vetting.DecisionView.Outcome;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The case header's vetting decision: the outcome proposed or confirmed and its state; red when a confirmed outcome
 * is an exclusion ground or a security risk.
 */
@Component
class VettingFact implements CaseFact {

    private final Decisions decisions;
    private final MessageSource messages;

    VettingFact(Decisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Fact> facts(CaseRef ref) {
        var current = decisions.of(ref.organizationId(), ref.id()).stream().findFirst();
        if (current.isEmpty()) {
            return List.of(new Fact("vetting", "vetting.header.label", "vetting.header.none", List.of(), false));
        }
        Decision d = current.get();
        Locale locale = LocaleContextHolder.getLocale();
        String outcome = messages.getMessage("vetting.outcome." + d.outcome().name(), null, d.outcome().name(), locale);
        String state = messages.getMessage("vetting.state." + d.state().name(), null, d.state().name(), locale);
        boolean grave = d.state() == Decision.State.CONFIRMED
                && (d.outcome() == Outcome.EXCLUSION_1F || d.outcome() == Outcome.SECURITY_RISK);
        return List.of(new Fact("vetting", "vetting.header.label", "vetting.header.decision", List.of(outcome, state), grave));
    }
}
