package org.passage.cases.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseRef;
import org.passage.cases.spi.CaseFact;
import org.passage.cases.spi.CaseListFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the case header on every page about one case, whichever feature serves it (the case, its journey, check-ins,
 * screening, vetting, documents, evidence, referrals, tasks…): the page's own read got a ticket ({@link PageTicket}),
 * and the header is drawn from that ticket by asking the features' {@link CaseFact}s and {@link CaseListFlag}s. A
 * feature that fails to answer leaves its fact out rather than breaking the page.
 */
@Configuration(proxyBeanMethods = false)
class CaseHeaders implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "caseHeader";
    private static final Logger log = LoggerFactory.getLogger(CaseHeaders.class);

    private final ObjectProvider<CaseFact> facts;
    private final ObjectProvider<CaseListFlag> flags;

    CaseHeaders(ObjectProvider<CaseFact> facts, ObjectProvider<CaseListFlag> flags) {
        this.facts = facts;
        this.flags = flags;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                || view.getModel().containsKey(ATTRIBUTE)) {
            return;
        }
        PageTicket.of(RequestContextHolder.getRequestAttributes()).ifPresent(ticket -> view.addObject(ATTRIBUTE, header(ticket)));
    }

    /** The header of a case the reader holds a ticket to. */
    CaseHeader header(CaseRef ref) {
        List<CaseFact.Fact> said = facts.orderedStream().sorted(Comparator.comparingInt(CaseFact::order))
                .flatMap(f -> {
                    try {
                        return f.facts(ref).stream();
                    } catch (RuntimeException e) {
                        log.warn("case header: {} did not answer ({})", f.getClass().getSimpleName(), e.getClass().getSimpleName());
                        return java.util.stream.Stream.empty();
                    }
                }).toList();
        List<CasePages.FlagOption> carried = flags.orderedStream()
                .filter(f -> f.flagged(ref.organizationId(), Set.of(ref.id())).contains(ref.id()))
                .map(f -> new CasePages.FlagOption(f.key(), f.labelKey())).toList();
        return new CaseHeader(ref.id(), ref.code(), ref.stage(), said, carried);
    }
}
