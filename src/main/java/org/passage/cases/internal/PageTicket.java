package org.passage.cases.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseRef;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The ticket the door gave the page being served for one case, so that the case header can be drawn from it without
 * a second check or audit row. A request that got tickets to more than one case (a list) has no page ticket.
 */
final class PageTicket {

    private static final String ATTRIBUTE = PageTicket.class.getName();
    private static final String SEVERAL = ATTRIBUTE + ".several";

    private PageTicket() {
    }

    /** Remembers a ticket issued to the staff member of the current web request (outside a request: nothing). */
    static void remember(CaseRef ticket) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || ticket.forSystem()) {
            return;
        }
        Object earlier = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (earlier instanceof CaseRef other && !other.id().equals(ticket.id())) {
            request.setAttribute(SEVERAL, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        request.setAttribute(ATTRIBUTE, ticket, RequestAttributes.SCOPE_REQUEST);
    }

    /** The ticket of the one case the request was about, if exactly one case was opened in it. */
    static Optional<CaseRef> of(@Nullable RequestAttributes request) {
        if (request == null || request.getAttribute(SEVERAL, RequestAttributes.SCOPE_REQUEST) != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CaseRef t ? t : null);
    }
}
