package org.passage.screening.internal;

/**
 * What two names say against each other once their parts are paired: each side has a given name, a patronymic or
 * a number the other cannot answer (Ivan Sergeyevich vs Ivan Nikolayevich, Plant No. 1 vs No. 2), or the two
 * companies have legal forms of different kinds (AG vs GmbH), or two companies each have a distinctive or
 * descriptive word the other lacks (Elga Marine, Elga Engineering). An unmatched part on one side only is an omission,
 * common in lists; on both sides it is a contradiction, and it lowers the score by a factor.
 */
record Contradictions(double factor, String reason) {

    static final double GIVEN_NAME = 0.8;
    static final double OTHER_PART = 0.85;
    static final double INITIALS = 0.75;
    static final double PATRONYMIC = 0.8;
    static final double NUMBER = 0.5;
    static final double LEGAL_FORM = 0.65;
    static final double DISTINCTIVE_WORD = 0.85;
    static final double DESCRIPTIVE_WORD = 0.9;

    static Contradictions of(ParsedName a, int[] matchA, ParsedName b, int[] matchB, boolean organizations) {
        double factor = 1;
        StringBuilder reason = new StringBuilder();
        if (!organizations && unmatched(a, matchA, ParsedName.GIVEN) && unmatched(b, matchB, ParsedName.GIVEN)
                && !matched(a, matchA, ParsedName.GIVEN)) {
            factor *= GIVEN_NAME;
            reason.append("given names differ; ");
        }
        if (!organizations && factor == 1 && (unmatched(a, matchA, ParsedName.INITIAL) && unmatched(b, matchB, ParsedName.GIVEN)
                || unmatched(b, matchB, ParsedName.INITIAL) && unmatched(a, matchA, ParsedName.GIVEN))) {
            // V. Petrenko and Oleg Petrenko: the initial answers no given name of the other
            factor *= GIVEN_NAME;
            reason.append("an initial differs from the given name; ");
        }
        if (!organizations && factor == 1 && (unmatched(a, matchA, ParsedName.OTHER) || unmatched(a, matchA, ParsedName.GIVEN))
                && (unmatched(b, matchB, ParsedName.OTHER) || unmatched(b, matchB, ParsedName.GIVEN))
                && !NasabChains.sameChain(a, matchA, b, matchB)) {
            // (Bashar Sabawi Ibrahim Hasan al-Tikriti and ... al-Bayjat: one chain of names, two family names of one man)
            factor *= OTHER_PART;
            reason.append("a name part differs on each side; ");
        }
        if (!organizations && unmatched(a, matchA, ParsedName.INITIAL) && unmatched(b, matchB, ParsedName.INITIAL)) {
            // William G. Frost and William W. Frost: two middle initials that differ are two people (or a father and son)
            factor *= INITIALS;
            reason.append("initials differ; ");
        }
        if (organizations && unmatched(a, matchA, ParsedName.OTHER) && unmatched(b, matchB, ParsedName.OTHER)) {
            // Xuanwu Tianyue Sea Freight and Xuanwu Youbi Sea Freight: each company has a distinctive word the other lacks
            factor *= DISTINCTIVE_WORD;
            reason.append("a distinctive word differs on each side; ");
        }
        if (organizations && factor == 1 && (unmatched(a, matchA, ParsedName.OTHER) || unmatched(a, matchA, ParsedName.GENERIC))
                && (unmatched(b, matchB, ParsedName.OTHER) || unmatched(b, matchB, ParsedName.GENERIC))
                && !registeredAgainstTradingName(a, matchA, b) && !registeredAgainstTradingName(b, matchB, a)) {
            // Elga Marine and Elga Engineering: the same name in two trades is often two companies of one group
            factor *= DESCRIPTIVE_WORD;
            reason.append("a descriptive word differs on each side; ");
        }
        if (unmatched(a, matchA, ParsedName.PATRONYMIC) && unmatched(b, matchB, ParsedName.PATRONYMIC)) {
            factor *= PATRONYMIC;
            reason.append("patronymics differ; ");
        }
        if (unmatchedNumber(a, matchA) && unmatchedNumber(b, matchB)) {
            factor *= NUMBER;
            reason.append("numbers differ; ");
        }
        if (Vocabulary.differentKinds(a.legalForm(), b.legalForm())) {
            factor *= LEGAL_FORM;
            reason.append("legal forms differ (").append(a.legalForm()).append(" vs ").append(b.legalForm()).append("); ");
        }
        return new Contradictions(factor, reason.isEmpty() ? "" : reason.substring(0, reason.length() - 2));
    }

    /**
     * {@code han} is a Chinese company's registered name in Han and {@code latin} a name in Latin letters, and every
     * word of {@code han} left unanswered is descriptive (its place, its trade words). A registered Chinese name is place, brand, trade
     * and form (行政区划 + 字号 + 行业 + 组织形式, the State Council's Regulations on the Administration of Enterprise
     * Name Registration, 2020, art. 6), its trade word taken from the classification of industries (科技, 电子, 货运代理);
     * the English name is a trading name chosen apart from it (亿路发科技, Yilufa Electronics). That trade words differ
     * across the two is how such a company is named, not a second company; the brand still has to agree.
     */
    static boolean registeredAgainstTradingName(ParsedName han, int[] match, ParsedName latin) {
        boolean hanTerm = false;
        for (int i = 0; i < han.size(); i++) {
            NameToken t = han.tokens()[i];
            if (t.syllabic() && !t.term().isEmpty() && t.sound() != null && t.sound().pinyin() != null) {
                hanTerm = true;
            }
            if (match[i] < 0 && han.roles()[i] != ParsedName.GENERIC) {
                return false;
            }
        }
        if (!hanTerm) {
            return false;
        }
        for (NameToken t : latin.tokens()) {
            // a brand the Latin name translates (Global Link for 世联) stands there as the Han word itself
            if ((t.syllabic() || t.abjad()) && !java.util.Arrays.asList(han.tokens()).contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unmatched(ParsedName name, int[] match, byte role) {
        for (int i = 0; i < name.size(); i++) {
            if (match[i] < 0 && name.roles()[i] == role) {
                return true;
            }
        }
        return false;
    }

    private static boolean matched(ParsedName name, int[] match, byte role) {
        for (int i = 0; i < name.size(); i++) {
            if (match[i] >= 0 && name.roles()[i] == role) {
                return true;
            }
        }
        return false;
    }

    private static boolean unmatchedNumber(ParsedName name, int[] match) {
        for (int i = 0; i < name.size(); i++) {
            if (match[i] < 0 && name.tokens()[i].numeric()) {
                return true;
            }
        }
        return false;
    }
}
