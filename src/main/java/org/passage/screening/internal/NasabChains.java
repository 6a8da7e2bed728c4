package org.passage.screening.internal;

/**
 * An Arabic name is a chain: the person's own name, the father's, the grandfather's (the nasab), then a family, tribal
 * or place name (the nisba or laqab: al-Tikriti, al-Bayjat, al-Samarra'i). Official documents and lists agree on the
 * chain, which identifies the person, and differ on the last element, of which a person may have several (a town's
 * and a tribe's nisba, a family name): Bashar Sabawi Ibrahim Hasan AL-TIKRITI and the same chain AL-BAYJAT. See
 * A. Schimmel, <i>Islamic Names</i> (Edinburgh, 1989), ch. 1 (ism, nasab, nisba, laqab), and the ICAO Doc 9303
 * part 3 note on Arabic names (the nasab in the given-name field, the family or tribal name as the surname).
 *
 * <p>So two Arabic names whose chains of three or more names agree in the same order, and which each have just one
 * other word the other lacks, one of them written with the article (al-), are not namesakes differing in a part: the
 * different element is the family or place name given otherwise. A differing own or father's name, or a chain of two,
 * is still a contradiction.
 */
final class NasabChains {

    /** Names of a chain that must agree: the person's, the father's and the grandfather's. */
    static final int CHAIN = 3;

    private NasabChains() {
    }

    /**
     * Both names are Arabic or Persian ({@link ArabicNames#marked}), {@link #CHAIN} or more of their words answer each other
     * in the same order, and each has exactly one other word (its particles aside) the other does not answer.
     */
    static boolean sameChain(ParsedName a, int[] matchA, ParsedName b, int[] matchB) {
        if (unanswered(a, matchA) != 1 || unanswered(b, matchB) != 1 || !a.arabicMarked() || !b.arabicMarked()) {
            return false;
        }
        int chain = 0;
        int last = -1;
        for (int i = 0; i < a.size(); i++) {
            int j = matchA[i];
            if (j < 0 || a.roles()[i] == ParsedName.PARTICLE || a.roles()[i] == ParsedName.INITIAL) {
                continue;
            }
            if (j < last) {
                return false; // the chain said in another order is another reading of who is whose son
            }
            last = j;
            chain++;
        }
        return chain >= CHAIN && (nisba(a, matchA) || nisba(b, matchB));
    }

    /**
     * The word left unanswered is written with the article (al-Bayjat, Al Omairah): a nisba or family name, not a
     * person's own name. Brothers share the chain after their own names (Bashar and Aiman, sons of Sabawi Ibrahim
     * Hasan al-Tikriti), and a list may write the family name first (AL-TIKRITI, Bashar Sabawi …): where the word
     * stands cannot tell the two apart, its article can.
     */
    private static boolean nisba(ParsedName name, int[] match) {
        for (int i = 1; i < name.size(); i++) {
            if (match[i] < 0 && name.roles()[i] != ParsedName.PARTICLE) {
                String before = name.tokens()[i - 1].text();
                return name.roles()[i - 1] == ParsedName.PARTICLE && (before.equals("al") || before.equals("el"));
            }
        }
        return false;
    }

    /** Words of the name, particles aside, that the other name does not answer; a patronymic or initial counts as 2 (never this shape). */
    private static int unanswered(ParsedName name, int[] match) {
        int count = 0;
        for (int i = 0; i < name.size(); i++) {
            byte role = name.roles()[i];
            if (match[i] < 0 && role != ParsedName.PARTICLE) {
                count += role == ParsedName.OTHER || role == ParsedName.GIVEN ? 1 : 2;
            }
        }
        return count;
    }
}
