package org.passage.screening.internal;

/**
 * One language says in one word what another says in two: Russian writes нефтеперерабатывающий завод (oil-refining
 * plant) where English writes "Oil Refinery", and a Persian or English "shipyard" is a судостроительный завод
 * (shipbuilding plant). Once the words of two organisations' names are paired, a descriptive word left unanswered on
 * one side is answered by a paired word of the other whose term says it too ({@code + REFINERY OIL PLANT} in
 * {@code org-terms.txt}, read by {@link OrgTerms#implies}): "Oil" by нефтеперерабатывающий, "завод" by "Refinery".
 * Only descriptive words are answered so, and only by a word already paired, so a distinctive word never meets
 * another through this: "Fardis Prison" and "Kachoui Prison" stay two prisons.
 * <p>
 * Cheap: runs on organisations' names only, looks only at unanswered words that have a term (most have none).
 */
final class ImpliedWords {

    private ImpliedWords() {
    }

    /**
     * For two organisations' names once their words are paired: each unanswered descriptive word of either name is
     * answered by a paired word of the other whose term implies its own; the pairing arrays, similarities and kinds
     * are updated in place, as {@link SlavicCompounds#cover} does.
     */
    static void cover(ParsedName a, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds) {
        if (!OrgTerms.anyImplied()) {
            return;
        }
        cover(a, matchA, b, matchB, sim, kinds, false);
        cover(b, matchB, a, matchA, sim, kinds, true);
    }

    private static void cover(ParsedName a, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds, boolean swapped) {
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] < 0 && a.roles()[i] == ParsedName.GENERIC && OrgTerms.impliesAny(a.tokens()[i].term())) {
                said(a, i, matchA, b, matchB, sim, kinds, swapped);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] >= 0 || a.roles()[i] != ParsedName.GENERIC) {
                continue;
            }
            String term = a.tokens()[i].term();
            if (term.isEmpty() || !OrgTerms.descriptive(term)) {
                continue;
            }
            for (int j = 0; j < b.size(); j++) {
                if (matchB[j] >= 0 && OrgTerms.implies(b.tokens()[j].term(), term)) {
                    matchA[i] = j;
                    int x = swapped ? j : i;
                    int y = swapped ? i : j;
                    sim[x][y] = TokenMatch.TRANSLATED.similarity;
                    kinds[x][y] = TokenMatch.TRANSLATED;
                    break;
                }
            }
        }
    }

    /**
     * An unanswered word that says two words or more (Agrochemical; Persian شیمی کشاورز, chemistry of agriculture) answers
     * the unanswered words of the other name that say its parts, when at least two of them are there: one alone is no
     * more than a related word (Veltor Oil is not Veltor Refinery).
     */
    private static void said(ParsedName a, int i, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds, boolean swapped) {
        String term = a.tokens()[i].term();
        int found = 0;
        String first = null;
        for (int j = 0; j < b.size(); j++) {
            String other = b.tokens()[j].term();
            if (matchB[j] < 0 && OrgTerms.implies(term, other)) {
                if (first == null) {
                    first = other;
                    found = 1;
                } else if (!first.equals(other)) {
                    found = 2;
                    break;
                }
            }
        }
        if (found < 2) {
            return;
        }
        for (int j = 0; j < b.size(); j++) {
            if (matchB[j] < 0 && OrgTerms.implies(term, b.tokens()[j].term())) {
                matchB[j] = i;
                if (matchA[i] < 0) {
                    matchA[i] = j;
                }
                int x = swapped ? j : i;
                int y = swapped ? i : j;
                sim[x][y] = TokenMatch.TRANSLATED.similarity;
                kinds[x][y] = TokenMatch.TRANSLATED;
            }
        }
    }
}
