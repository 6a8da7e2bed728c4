package org.passage.dossier.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a dossier is for, and so what it leaves out. Chosen at export, printed on the cover, recorded in the
 * audit trail and the export log. {@link #INTERNAL} is the organization's own file; {@link #LAWYER} is for the
 * applicant's lawyer (he needs the family at risk and the witnesses for the asylum claim, not where the man
 * hid or how to reach him); {@link #AUTHORITY} is what a consulate sees.
 */
public enum RedactionProfile {
    INTERNAL(EnumSet.noneOf(Hidden.class)),
    LAWYER(EnumSet.of(Hidden.CONTACT_HANDLES, Hidden.HIDING_PLACES, Hidden.INTERNAL_NOTES)),
    AUTHORITY(EnumSet.allOf(Hidden.class));

    /** What a profile may leave out. */
    public enum Hidden {
        /** The family members at risk (names, towns): reprisals against relatives still in Russia. */
        FAMILY_MEMBERS,
        /** Where he stayed or hid inside Russia: the city of every stay in Russia. */
        HIDING_PLACES,
        /** The city of every other stay (where he lives now): the country remains. */
        EXACT_PLACES,
        /** Telegram, Signal, e-mail, telephone. */
        CONTACT_HANDLES,
        /** Witnesses and sources who could be identified: shown as "[source withheld]". */
        IDENTIFIABLE_SOURCES,
        /** Staff notes such as the reasons written for stage changes. */
        INTERNAL_NOTES;

        public String messageKey() {
            return "dossier.hidden." + name();
        }
    }

    private final Set<Hidden> hides;

    RedactionProfile(Set<Hidden> hides) {
        this.hides = Set.copyOf(hides);
    }

    public Set<Hidden> hides() {
        return hides;
    }

    public boolean hides(Hidden what) {
        return hides.contains(what);
    }

    public String messageKey() {
        return "dossier.profile." + name();
    }

    /** A profile by name (any case); an unknown one is refused with the list of profiles. */
    public static RedactionProfile parse(String name) {
        String wanted = name == null ? "" : name.strip();
        for (RedactionProfile profile : values()) {
            if (profile.name().equalsIgnoreCase(wanted)) {
                return profile;
            }
        }
        String known = Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new DossierRefused("profile", "dossier.error.profile", "unknown redaction profile '" + DossierLanguage.shorten(wanted)
                + "': the profiles are " + known, known);
    }
}
