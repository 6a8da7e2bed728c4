package org.passage.screening.internal;

/**
 * A branch or representative office named after its organisation ("Veltor Foundation, Kenya Branch", "Representative
 * Office of Veltor Bank in Paris", Филиал …): lists give the branch as another name of the organisation, so when one
 * name has a branch word (the BRANCH term of {@link OrgTerms}: branch, filial, филиал, представительство, شعبه …)
 * and the other has none, the branch word, an office word beside it and the one word on either side of them (the
 * place: Kenya, Hamburg) may be left out, and a place after "in" (в, en …) that ends the name. Two branches of one organisation keep their branch words and places, so
 * Kenya Branch and Tanzania Branch still differ.
 */
final class OrgBranches {

    static final String BRANCH = "BRANCH";
    private static final String OFFICE = "BUREAU";

    /** "in", "en", "au", в (v), w, في (fi): the preposition before the place of a branch at the end of its name. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "en", "au", "v", "w", "fi");

    private OrgBranches() {
    }

    /** Whether {@code name} has a branch word. */
    static boolean hasBranch(ParsedName name) {
        for (NameToken t : name.tokens()) {
            if (BRANCH.equals(t.term())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code name} without its branch word and the office words beside it, then without the word before them
     * ({@code before}) or the word after them: null when there is no branch word, or nothing distinctive would be left.
     */
    static @org.jspecify.annotations.Nullable ParsedName withoutBranch(ParsedName name, boolean before) {
        NameToken[] tokens = name.tokens();
        int at = -1;
        for (int i = 0; i < tokens.length && at < 0; i++) {
            if (BRANCH.equals(tokens[i].term())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        int from = at;
        int to = at + 1;
        while (from > 0 && OFFICE.equals(tokens[from - 1].term())) {
            from--;
        }
        while (to < tokens.length && (OFFICE.equals(tokens[to].term()) || BRANCH.equals(tokens[to].term()))) {
            to++;
        }
        if (before && from > 0) {
            from--;
        } else if (!before && to < tokens.length) {
            to++;
        }
        // "… in Paris", "… в Москве": the place of the branch said at the end of the name
        int end = tokens.length;
        if (end - to >= 2 && end - 2 != at && PLACE_PREPOSITIONS.contains(tokens[end - 2].text())) {
            end -= 2;
        }
        int n = end - (to - from);
        if (n < 1) {
            return null;
        }
        NameToken[] kept = new NameToken[n];
        byte[] roles = new byte[n];
        int k = 0;
        boolean distinctive = false;
        for (int i = 0; i < end; i++) {
            if (i < from || i >= to) {
                kept[k] = tokens[i];
                roles[k++] = name.roles()[i];
                distinctive |= name.roles()[i] == ParsedName.OTHER;
            }
        }
        return distinctive ? new ParsedName(kept, roles, name.legalForm(), "", roles) : null;
    }
}
