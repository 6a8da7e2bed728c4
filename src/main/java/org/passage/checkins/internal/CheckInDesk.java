package org.passage.checkins.internal;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.checkins.CheckInRecorded;
import org.passage.checkins.CheckIns;
import org.passage.checkins.DuressSignalled;
import org.passage.crypto.Sealing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records check-ins. A normal and a duress check-in take the same path (the same lookups, the same writes,
 * the same answer); a duress phrase adds one alert row at the highest level, which only staff ever see.
 */
@Service
class CheckInDesk implements CheckIns {

    static final String DURESS_PURPOSE = "checkin_duress_phrase";
    private static final byte[] NO_PHRASE = new byte[32];

    private final Schedules schedules;
    private final Alerts alerts;
    private final Links links;
    private final Sealing sealing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CheckInSettings settings;
    private final Clock clock;

    CheckInDesk(Schedules schedules, Alerts alerts, Links links, Sealing sealing, AuditTrail audit,
                ApplicationEventPublisher events, CheckInSettings settings, Clock clock) {
        this.schedules = schedules;
        this.alerts = alerts;
        this.links = links;
        this.sealing = sealing;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(CaseId caseId, Channel channel, String phrase) {
        Instant now = clock.instant();
        UUID org = organizationOf(caseId, "checkin.record");
        if (org == null) {
            return;
        }
        boolean duress = duress(caseId, org, phrase);
        schedules.checkedIn(caseId, org, channel.name(), now);
        audit.record(new AuditEvent("checkin.record", "case", caseId.toString(), org, AuditEvent.Outcome.SUCCESS, channel.name()));
        if (duress) {
            raiseDuress(caseId, org, now);
        }
        events.publishEvent(new CheckInRecorded(caseId, org, channel, now));
    }

    /**
     * A used link's form sent again within {@link #REPEAT_WINDOW}: the same check-in, not a new one. It is audited as a
     * repeat and can raise the duress alert (a phrase typed on the second send is never dropped), but it never counts as
     * a check-in again: whoever holds the phone or the link (a browser's history, a forwarded message) cannot push his
     * due time on, nor fill the check-ins and their statistics with repeats.
     */
    private void repeated(CaseId caseId, String phrase) {
        Instant now = clock.instant();
        UUID org = organizationOf(caseId, "checkin.repeat");
        if (org == null) {
            return;
        }
        boolean duress = duress(caseId, org, phrase);
        audit.record(new AuditEvent("checkin.repeat", "case", caseId.toString(), org, AuditEvent.Outcome.SUCCESS,
                Channel.LINK.name() + ", the link's form sent again"));
        if (duress) {
            raiseDuress(caseId, org, now);
        }
    }

    /** The organization of the case's schedule; none (audited as failed) when the case has no schedule. */
    private @org.jspecify.annotations.Nullable UUID organizationOf(CaseId caseId, String action) {
        var schedule = schedules.find(caseId);
        if (schedule.isEmpty()) {
            audit.record(AuditEvent.of(action, "case", caseId, null).failed("no check-in schedule"));
            return null;
        }
        return schedule.get().organizationId();
    }

    /** Always computed and compared, so a duress check-in costs the same as a normal one. */
    private boolean duress(CaseId caseId, UUID org, String phrase) {
        byte[] given = sealing.blindIndex(org, DURESS_PURPOSE, DuressPhrase.normalize(phrase));
        byte[] agreed = schedules.duressIndex(caseId).orElse(NO_PHRASE);
        return !DuressPhrase.normalize(phrase).isEmpty() && MessageDigest.isEqual(given, agreed);
    }

    private void raiseDuress(CaseId caseId, UUID org, Instant now) {
        alerts.raiseDuress(caseId, org, settings.escalation().highest(), now);
        audit.record(new AuditEvent("checkin.alert.raise", "case", caseId.toString(), org, AuditEvent.Outcome.SUCCESS,
                "duress, level " + settings.escalation().highest()));
        events.publishEvent(new DuressSignalled(caseId, org, now));
    }

    /** The one-time link: true when it was valid (and is now used up). The page answers the same either way it was a duress phrase. */
    @Transactional
    public boolean recordByLink(String token, String phrase) {
        if (!LinkTokens.wellFormed(token)) {
            return false;
        }
        byte[] hash = LinkTokens.hash(token);
        var caseId = links.redeem(hash, clock.instant());
        if (caseId.isPresent()) {
            record(caseId.get(), Channel.LINK, phrase);
            return true;
        }
        // the same link sent again minutes after its use: the person sees "received", not "this link no longer works",
        // and a phrase on the second send (the duress phrase too) is never dropped; it is not a second check-in
        var repeat = links.usedWithin(hash, clock.instant(), REPEAT_WINDOW);
        repeat.ifPresent(id -> repeated(id, phrase));
        return repeat.isPresent();
    }

    /**
     * How long after its use a one-time link still takes the same check-in sent again: long enough for a phone on a bad
     * connection to send it again, and harmless since a repeat can only raise the duress alert, never check him in.
     */
    static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofMinutes(10);

    boolean linkUsable(String token) {
        return LinkTokens.wellFormed(token) && links.usable(LinkTokens.hash(token), clock.instant());
    }
}
