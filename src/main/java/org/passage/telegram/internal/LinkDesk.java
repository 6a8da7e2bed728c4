package org.passage.telegram.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands out one-time link codes and lets chats go again; every change is audited, never with a chat id. */
@Service
class LinkDesk {

    private final LinkCodes codes;
    private final ChatLinks chats;
    private final TelegramSettings settings;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    LinkDesk(LinkCodes codes, ChatLinks chats, TelegramSettings settings, Cases cases, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.codes = codes;
        this.chats = chats;
        this.settings = settings;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * A code shown once to the caseworker, for the person to send as {@code /link CODE}; the caller holds a ticket to
     * change the case, whose audit row says what came of it.
     */
    @Transactional
    String caseCode(CaseRef ticket) {
        Instant now = clock.instant();
        String code = codes.issue(LinkCodes.Kind.CASE, ticket.organizationId(), ticket.id().value(), null, now, now.plus(settings.linkCodeValidity()));
        cases.note(ticket, "one-time Telegram link code issued");
        return code;
    }

    @Transactional
    void disconnectCase(CaseRef ticket) {
        int removed = chats.unlinkCase(ticket.id());
        cases.note(ticket, removed + " chats let go");
    }

    int chatsOf(CaseId caseId) {
        return chats.chatsOfCase(caseId);
    }

    @Transactional
    String staffCode(UUID staffId, UUID organizationId) {
        Instant now = clock.instant();
        String code = codes.issue(LinkCodes.Kind.STAFF, organizationId, null, staffId, now, now.plus(settings.linkCodeValidity()));
        audit.record(AuditEvent.of("telegram.code.staff", "staff", staffId, organizationId).withDetail("one-time Telegram link code issued"));
        return code;
    }

    Optional<ChatLinks.StaffLink> staffLink(UUID staffId) {
        return chats.staffLink(staffId);
    }

    @Transactional
    void setOnCall(UUID staffId, UUID organizationId, boolean onCall) {
        chats.setOnCall(staffId, onCall);
        audit.record(AuditEvent.of("telegram.on-call", "staff", staffId, organizationId).withDetail(onCall ? "on call" : "off call"));
    }

    @Transactional
    void disconnectStaff(UUID staffId, UUID organizationId) {
        chats.unlinkStaff(staffId);
        audit.record(AuditEvent.of("telegram.unlink.staff", "staff", staffId, organizationId));
    }

    long codeHours() {
        return settings.linkCodeValidity().toHours();
    }
}
