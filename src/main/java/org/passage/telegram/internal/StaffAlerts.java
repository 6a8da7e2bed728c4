package org.passage.telegram.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.checkins.CheckInMissed;
import org.passage.checkins.DuressSignalled;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells staff on Telegram when a check-in alert is raised or escalates: level 1 the case's assigned staff,
 * level 2 the coordinators, the highest level the staff on call (or the coordinators when nobody is). The
 * message names only the case code and the level, and a duress signal reads exactly like any other urgent
 * alert, since a staff member's phone may be in other hands too.
 */
@Component
class StaffAlerts {

    static final int URGENT_LEVEL = 3;

    /**
     * The roles an alert can reach: the staff a case can be assigned to (caseworkers, lawyers, vetting analysts) and the
     * coordinators. An auditor or an org admin sees no case (CaseAccessPolicy), is never assigned one and is not a
     * coordinator, so an alert he could not act on is never sent to him, on call or not; his start page offers no
     * Telegram alerts card and his Telegram page says why (a newcomer walking every role saw the card offered to all).
     */
    static final Set<Role> RECEIVING = Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST);

    /** Whether a member holding {@code roles} can receive any alert. */
    static boolean receives(Set<Role> roles) {
        return roles.stream().anyMatch(RECEIVING::contains);
    }

    private final TelegramBot bot;
    private final ChatLinks chats;
    private final Cases cases;
    private final StaffDirectory staff;
    private final MessageSource messages;
    private final AuditTrail audit;

    StaffAlerts(TelegramBot bot, ChatLinks chats, Cases cases, StaffDirectory staff, MessageSource messages, AuditTrail audit) {
        this.bot = bot;
        this.chats = chats;
        this.cases = cases;
        this.staff = staff;
        this.messages = messages;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(CheckInMissed missed) {
        alert(missed.caseId(), missed.level());
    }

    @ApplicationModuleListener
    void on(DuressSignalled duress) {
        alert(duress.caseId(), URGENT_LEVEL);
    }

    private void alert(CaseId caseId, int level) {
        var client = bot.client();
        if (client.isEmpty()) {
            return;
        }
        var facts = cases.forSystem(caseId, "telegram.alert");
        if (facts.isEmpty()) {
            return;
        }
        UUID org = facts.get().organizationId();
        Set<UUID> targets = targets(org, facts.get().assignedStaff(), level);
        String text = level >= URGENT_LEVEL
                ? messages.getMessage("telegram.alert.urgent", new Object[] {facts.get().code(), level}, Locale.ENGLISH)
                : messages.getMessage("telegram.alert.overdue", new Object[] {facts.get().code(), level}, Locale.ENGLISH);
        int sent = 0;
        for (var chat : chats.staffChats(org)) {
            if (targets.contains(chat.staffId()) && client.get().send(chat.chatId(), text, List.of())) {
                sent++;
            }
        }
        audit.record(new AuditEvent("telegram.alert.send", "case", caseId.toString(), org,
                sent > 0 ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILED,
                "level " + level + ": sent to " + sent + " of " + targets.size() + " staff members"));
    }

    private Set<UUID> targets(UUID org, Set<UUID> assigned, int level) {
        List<StaffMember> active = staff.inOrganization(org).stream().filter(m -> !m.disabled()).toList();
        Set<UUID> coordinators = active.stream().filter(m -> m.has(Role.COORDINATOR)).map(StaffMember::id).collect(Collectors.toSet());
        if (level <= 1) {
            Set<UUID> working = active.stream().map(StaffMember::id).filter(assigned::contains).collect(Collectors.toSet());
            return working.isEmpty() ? coordinators : working;
        }
        if (level < URGENT_LEVEL) {
            return coordinators;
        }
        Set<UUID> activeIds = active.stream().filter(m -> RECEIVING.stream().anyMatch(m::has)).map(StaffMember::id).collect(Collectors.toSet());
        Set<UUID> onCall = chats.staffChats(org).stream().filter(ChatLinks.StaffChat::onCall).map(ChatLinks.StaffChat::staffId)
                .filter(activeIds::contains).collect(Collectors.toSet());
        var urgent = new java.util.HashSet<>(coordinators);
        urgent.addAll(onCall);
        return urgent;
    }
}
