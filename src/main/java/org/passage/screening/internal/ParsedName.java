package org.passage.screening.internal;

/**
 * One name of an entity split into tokens, each with the role it plays in this name: given name, patronymic,
 * initial, particle (al, bin, van, de) or other (a surname, or any word of an organization's name). Titles are gone;
 * the legal form is kept apart as its kind ({@link Vocabulary#legalFormKind}: LLC, JSC …), empty when none is written.
 */
record ParsedName(NameToken[] tokens, byte[] roles, String legalForm, String acronym) {

    /** Without an acronym of its own (a person's name, or one that spells nothing). */
    ParsedName(NameToken[] tokens, byte[] roles, String legalForm) {
        this(tokens, roles, legalForm, "");
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
