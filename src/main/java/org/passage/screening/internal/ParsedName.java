package org.passage.screening.internal;

/**
 * One name of an entity split into tokens, each with the role it plays in this name: given name, patronymic,
 * initial, particle (al, bin, van, de) or other (a surname, or any word of an organization's name). Titles are gone;
 * the legal form is kept apart as its kind ({@link Vocabulary#legalFormKind}: LLC, JSC …), empty when none is written.
 */
record ParsedName(NameToken[] tokens, byte[] roles, String legalForm, String acronym, byte[] organizationRoles, Traits traits) {

    ParsedName(NameToken[] tokens, byte[] roles, String legalForm, String acronym, byte[] organizationRoles) {
        this(tokens, roles, legalForm, acronym, organizationRoles, new Traits());
    }

    /** Without an acronym of its own (a person's name, or one that spells nothing). */
    ParsedName(NameToken[] tokens, byte[] roles, String legalForm) {
        this(tokens, roles, legalForm, "");
    }

    ParsedName(NameToken[] tokens, byte[] roles, String legalForm, String acronym) {
        this(tokens, roles, legalForm, acronym, organizationRoles(tokens, roles));
    }

    /**
     * The roles when the name is an organisation's: a descriptive term (PLANT, BANK, RESEARCH in any language, see
     * {@link OrgTerms}) is a generic word there, though the same word may be a surname in a person's name (Eslami).
     * The same array as {@code roles} when nothing changes, so most names share it.
     */
    private static byte[] organizationRoles(NameToken[] tokens, byte[] roles) {
        byte[] out = roles;
        for (int i = 0; i < tokens.length; i++) {
            byte role = organizationRole(tokens[i], roles[i], tokens.length);
            if (role != PARTICLE && i + 1 < tokens.length && assimilatedArticle(tokens[i], tokens[i + 1])) {
                role = PARTICLE;
            }
            if (role != roles[i]) {
                if (out == roles) {
                    out = roles.clone();
                }
                out[i] = role;
            }
        }
        return out;
    }

    /**
     * The role of a word in an organisation's name of {@code size} words, given its role in a person's: a descriptive
     * term is generic; an article or preposition (de los, l', fi, pri), which a translation says otherwise or not at
     * all, is a particle.
     */
    static byte organizationRole(NameToken token, byte role, int size) {
        if ((role == OTHER || role == GIVEN) && OrgTerms.descriptive(token.term())) {
            return GENERIC;
        }
        return size > 1 && role != PARTICLE && Vocabulary.isFunctionWord(token) ? PARTICLE : role;
    }

    /**
     * The Arabic article al- before a "sun letter" takes that letter's sound, and romanisations write it so: ad-Daawa,
     * as-Salafiya, ash-Sham, an-Nur, ar-Rahman, ath-Thawra, and with e for a (ed-Daawa, es-Salafia, esh-Sham, the
     * French and North African habit) or u after a case ending (ud-Din). The article is the vowel and the consonant
     * that the next word begins with, doubled across the two words: that doubling, not the short word alone, says it
     * is the article (As, An, At are English words and Korean surnames). In an organisation's name it is a particle.
     */
    static boolean assimilatedArticle(NameToken article, NameToken next) {
        String a = article.text();
        String w = next.text();
        if (a.length() < 2 || a.length() > 3 || article.numeric() || next.numeric() || article.abjad() || article.syllabic()
                || "aeu".indexOf(a.charAt(0)) < 0 || w.length() <= a.length()) {
            return false;
        }
        String consonant = a.substring(1);
        if (!SUN_LETTERS.contains(consonant)) {
            return false;
        }
        return w.startsWith(consonant) && "aeiouy".indexOf(w.charAt(consonant.length())) >= 0;
    }

    /** The Arabic sun letters as romanised: t th d dh r z s sh s(ad) d(ad) t(a) z(a) l n; l is al itself. */
    private static final java.util.Set<String> SUN_LETTERS = java.util.Set.of("t", "th", "d", "dh", "r", "z", "s", "sh", "n");

    /**
     * This name with its organisation roles: the view {@link NameComparison} takes when both sides are organisations.
     * Made once and kept: a listed name is compared with fifty queries' names, a query's with fifty candidates'.
     */
    ParsedName asOrganization() {
        if (organizationRoles == roles) {
            return this;
        }
        ParsedName view = traits.organization;
        if (view == null) {
            view = new ParsedName(tokens, organizationRoles, legalForm, acronym, organizationRoles);
            traits.organization = view; // a record of final fields: safely published, and made alike by a racing thread
        }
        return view;
    }

    /** Written as an Arabic or Persian name ({@link ArabicNames#marked}), asked once per name, not once per pair of names. */
    boolean arabicMarked() {
        return trait(Traits.ARABIC, ArabicNames::marked);
    }

    /** Written as a Korean name in Latin letters ({@link KoreanSpelling#marked}), asked once per name. */
    boolean koreanMarked() {
        return trait(Traits.KOREAN, KoreanSpelling::marked);
    }

    /** Has a joint or a compound word of an Arabic name ({@link ArabicNames#hasJoint}), asked once per name. */
    boolean hasArabicJoint() {
        return trait(Traits.JOINT, ArabicNames::hasJoint);
    }

    private boolean trait(int which, java.util.function.Predicate<ParsedName> test) {
        byte known = traits.known[which];
        if (known == Traits.UNKNOWN) {
            known = test.test(this) ? Traits.YES : Traits.NO;
            traits.known[which] = known;
        }
        return known == Traits.YES;
    }

    /**
     * What is known of this name as a whole, worked out when first asked and kept with the name (each a pure function
     * of it): the screening of one query compares each of its names with fifty candidates', and each listed name
     * meets thousands of queries. Plain fields: two threads that race both work out the same answer.
     */
    static final class Traits {
        static final byte UNKNOWN = 0;
        static final byte YES = 1;
        static final byte NO = 2;

        static final int ARABIC = 0;
        static final int KOREAN = 1;
        static final int JOINT = 2;

        final byte[] known = new byte[3];
        @org.jspecify.annotations.Nullable ParsedName organization;
        /** The word after a {@code de} that the parser dropped (MURILLO DE ORTEGA: Ortega), or null: set by the parser. */
        @org.jspecify.annotations.Nullable NameToken afterDe;

        @Override
        public String toString() {
            return "Traits";
        }
    }

    /** Equal by what the name says; what is remembered of it ({@link Traits}) does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParsedName p && tokens == p.tokens && roles == p.roles && legalForm.equals(p.legalForm)
                && acronym.equals(p.acronym) && organizationRoles == p.organizationRoles;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(System.identityHashCode(tokens), System.identityHashCode(roles), legalForm, acronym,
                System.identityHashCode(organizationRoles));
    }

    static final byte OTHER = 0;
    static final byte GIVEN = 1;
    static final byte PATRONYMIC = 2;
    static final byte INITIAL = 3;
    static final byte GENERIC = 4;
    static final byte PARTICLE = 5;

    int size() {
        return tokens.length;
    }

    @Override
    public String toString() {
        return "ParsedName[" + tokens.length + " tokens, redacted]";
    }
}
