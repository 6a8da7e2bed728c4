package org.passage.screening.internal;

/**
 * A Hispanic woman's two ways of writing her surnames: by birth her father's first surname and her mother's first
 * (Rosario MURILLO ZAMBRANA), married her father's surname, {@code de} and her husband's (Rosario MURILLO DE ORTEGA).
 * Spanish and Latin American usage writes the married form in place of the mother's surname (Real Academia Española,
 * <i>Diccionario panhispánico de dudas</i>, 2005, "apellido", 2b: "la mujer casada puede añadir a su primer apellido
 * el primero de su marido, precedido de la preposición de"), so lists that copy one document or the other disagree
 * in exactly that second place. Such a pair is not two namesakes differing in a part: the second surname and the
 * husband's stand in one slot, answered by each other weakly ({@link #SIMILARITY}), so that neither counts as a part
 * the other name contradicts, while the father's surname and every given name must agree.
 *
 * <p>Cheap checks first: a name without the particle {@code de} after its first surname never reaches the rest.
 */
final class MarriedNames {

    /** The second surname against the husband's: one slot written two ways, neither evidence for nor against. */
    static final double SIMILARITY = 0.5;

    private MarriedNames() {
    }

    /**
     * Pairs the mother's surname of one name with the husband's of the other when they are the only parts left
     * unmatched; {@code match*}, {@code sim} and {@code kinds} are updated in place.
     */
    static void cover(ParsedName a, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds) {
        int ha = husband(a, matchA);
        if (ha >= 0) {
            int mb = secondSurname(b, matchB, matchA[fatherOf(a, ha)]);
            if (mb >= 0 && onlyUnmatched(a, matchA, ha) && onlyUnmatched(b, matchB, mb) && !ChineseNames.syllable(b.tokens()[mb].text())
                    && givenNameAgrees(a, matchA, fatherOf(a, ha)) && givenNameAgrees(b, matchB, matchA[fatherOf(a, ha)])) {
                pair(matchA, matchB, ha, mb, sim, kinds);
            }
            return;
        }
        int hb = husband(b, matchB);
        if (hb >= 0) {
            int ma = secondSurname(a, matchA, matchB[fatherOf(b, hb)]);
            if (ma >= 0 && onlyUnmatched(a, matchA, ma) && onlyUnmatched(b, matchB, hb) && !ChineseNames.syllable(a.tokens()[ma].text())
                    && givenNameAgrees(b, matchB, fatherOf(b, hb)) && givenNameAgrees(a, matchA, matchB[fatherOf(b, hb)])) {
                pair(matchA, matchB, ma, hb, sim, kinds);
            }
        }
    }

    private static void pair(int[] matchA, int[] matchB, int i, int j, double[][] sim, TokenMatch[][] kinds) {
        matchA[i] = j;
        matchB[j] = i;
        sim[i][j] = SIMILARITY;
        kinds[i][j] = TokenMatch.MARRIED_NAME;
    }

    /**
     * The position of a husband's surname in {@code name}: an unmatched surname written after {@code de} (kept, or
     * dropped by the parser with the legal forms: {@link ParsedName.Traits#afterDe}) right after a matched surname
     * (MURILLO DE ORTEGA); -1 if none. {@code de la}, {@code del} and {@code de los} begin surnames of their own (de la
     * Cruz, del Castillo) and are not this form; nor is a Chinese syllable (Wang De Ming is a Chinese given name).
     */
    private static int husband(ParsedName name, int[] match) {
        NameToken[] tokens = name.tokens();
        NameToken afterDe = name.traits().afterDe;
        for (int i = 1; i < tokens.length; i++) {
            int before = tokens[i] == afterDe ? i - 1 : i >= 2 && match[i - 1] < 0 && "de".equals(tokens[i - 1].text()) ? i - 2 : -1;
            if (before >= 0 && match[i] < 0 && surname(name, i) && match[before] >= 0 && surname(name, before)
                    && !ChineseNames.syllable(tokens[i].text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The position in {@code name} of the surname right after the one at {@code firstAt} (the father's surname)
     * when it is unmatched and no particle: the mother's surname (MURILLO ZAMBRANA); -1 if none.
     */
    private static int secondSurname(ParsedName name, int[] match, int firstAt) {
        int i = firstAt + 1;
        if (firstAt < 0 || i >= name.size() || match[i] >= 0 || !surname(name, i)) {
            return -1;
        }
        return i;
    }

    /**
     * Some word of {@code name} other than the father's surname at {@code father} and its particles is answered: her
     * given name. Without it "X de Y" is a Dutch or Flemish name of two words (Tessa de Boer, de Vries a surname of
     * its own), whose first word met a surname of the other name.
     */
    private static boolean givenNameAgrees(ParsedName name, int[] match, int father) {
        for (int i = 0; i < name.size(); i++) {
            if (i != father && match[i] >= 0 && name.roles()[i] != ParsedName.PARTICLE) {
                return true;
            }
        }
        return false;
    }

    /** The position of the father's surname before the husband's at {@code husband}: before the {@code de} if kept. */
    private static int fatherOf(ParsedName name, int husband) {
        return name.tokens()[husband] == name.traits().afterDe ? husband - 1 : husband - 2;
    }

    /**
     * The word at {@code i} may be a surname: a surname or a word the given-name table also knows (Guido, León, Rosario
     * are surnames as often); where it stands in the name says which.
     */
    private static boolean surname(ParsedName name, int i) {
        byte role = name.roles()[i];
        return role == ParsedName.OTHER || role == ParsedName.GIVEN;
    }

    /**
     * Every part of {@code name} but {@code except}, particles and the {@code de} before a husband's surname has its
     * answer in the other name.
     */
    private static boolean onlyUnmatched(ParsedName name, int[] match, int except) {
        for (int i = 0; i < name.size(); i++) {
            if (i != except && match[i] < 0 && name.roles()[i] != ParsedName.PARTICLE && !(i == except - 1 && "de".equals(name.tokens()[i].text()))) {
                return false;
            }
        }
        return true;
    }
}
