package org.passage.screening.internal;

/**
 * Scores that mean the same across schemas and kinds of evidence: a monotone, piecewise-linear map per (schema,
 * evidence kind), fitted on the tuning halves of the held-out pair files only (docs/screening.md, "Organisation
 * names …, and calibration"), so that a 0.70 is about as reliable for a company as for a person. People and
 * organisations whose names meet within one script keep their scores: their reliability per score bucket agrees
 * (0.93 and 0.95 true matches at 0.7–0.8 on the OFAC/UK tuning half, once two companies differing in a descriptive
 * word count as a contradiction). An organisation's name read across scripts (an Arabic, Persian, Hebrew, Han,
 * Hangul or Thai name against a Latin one) scores low for what it proves: the reading of a name that leaves vowels
 * out or transcribes it by sound is held to a narrow match, and translated descriptive words weigh little, so
 * such pairs at 0.60–0.70 were true matches 22 times out of 22 on the public tuning half, against 0.67 for two Latin
 * names. Their scores are lifted from 0.55 on, 0.62 landing at 0.70, when every distinctive word of both names is
 * matched (the low score comes from the reading and the descriptive words, not from a name inside a longer one:
 * Integral and Integral-Zapad are two companies). People's readings are not lifted: a person's
 * name read across scripts is what the innocent-name false-alert rate (≤ 2 per 100 per script) is measured on.
 */
final class Calibration {

    /** Knots of the map for an organisation's name read across scripts: (raw, calibrated), raw ascending. */
    private static final double[][] ORGANIZATION_ACROSS_SCRIPTS = {{0, 0}, {0.55, 0.55}, {0.62, 0.70}, {1, 1}};

    private Calibration() {
    }

    /** The calibrated score of an organisation's name comparison. */
    static double organization(double score, boolean acrossScripts) {
        return acrossScripts ? map(ORGANIZATION_ACROSS_SCRIPTS, score) : score;
    }

    static double map(double[][] knots, double x) {
        for (int k = 1; k < knots.length; k++) {
            if (x <= knots[k][0]) {
                double[] lo = knots[k - 1];
                double[] hi = knots[k];
                return lo[1] + (hi[1] - lo[1]) * (x - lo[0]) / (hi[0] - lo[0]);
            }
        }
        return knots[knots.length - 1][1];
    }
}
