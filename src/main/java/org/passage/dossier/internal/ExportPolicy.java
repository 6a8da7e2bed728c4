package org.passage.dossier.internal;

import org.passage.organizations.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may export which dossier (on top of need to know on the case). Coordinators decide what leaves the
 * organization, so they may export every profile; lawyers file the asylum and visa papers, so they may export
 * for themselves and for an authority; vetting analysts may export the internal file for a second reading.
 * Caseworkers, auditors and admins export nothing: a dossier is a decision to hand a person's file over.
 */
final class ExportPolicy {

    private ExportPolicy() {
    }

    static Set<RedactionProfile> profilesFor(Set<Role> roles) {
        var allowed = EnumSet.noneOf(RedactionProfile.class);
        if (roles.contains(Role.COORDINATOR)) {
            allowed.addAll(EnumSet.allOf(RedactionProfile.class));
        }
        if (roles.contains(Role.LAWYER)) {
            allowed.addAll(EnumSet.of(RedactionProfile.LAWYER, RedactionProfile.AUTHORITY));
        }
        if (roles.contains(Role.VETTING_ANALYST)) {
            allowed.add(RedactionProfile.INTERNAL);
        }
        return Set.copyOf(allowed);
    }

    /** Whether the roles may export at all, and so see and download the case's past exports. */
    static boolean mayExport(Set<Role> roles) {
        return !profilesFor(roles).isEmpty();
    }
}
