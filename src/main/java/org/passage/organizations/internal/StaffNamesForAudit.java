package org.passage.organizations.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditNames;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Names the people of the audit trail (its actors and staff records) by their display names and usernames: the
 * organization's own staff, and the system admins, whose acts an organization's auditor sees in its trail too.
 */
@Component
class StaffNamesForAudit implements AuditNames {

    private final StaffDirectory staff;

    StaffNamesForAudit(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public String recordType() {
        return STAFF;
    }

    @Override
    public Map<String, String> names(UUID organizationId, Collection<String> ids) {
        Map<String, String> all = choices(organizationId);
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : ids) {
            if (all.containsKey(id)) {
                names.put(id, all.get(id));
            }
        }
        return names;
    }

    @Override
    public Optional<String> idOf(UUID organizationId, String name) {
        return choices(organizationId).entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(name.strip()) || e.getKey().equals(name.strip()))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Map<String, String> choices(UUID organizationId) {
        Map<String, String> names = new LinkedHashMap<>();
        staff.inOrganization(organizationId).stream()
                .sorted(java.util.Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(member -> names.put(member.id().toString(), label(member)));
        staff.systemAdmins().forEach(member -> names.put(member.id().toString(), label(member)));
        return names;
    }

    private static String label(StaffMember member) {
        return member.displayName() + " (" + member.username().value() + ")";
    }
}
