package org.passage.screening.internal.web;

import java.util.Map;

/**
 * The scoring algorithms a yente client may ask for. Passage scores with one, {@value #PASSAGE}; {@code best}
 * names it, as yente's {@code best} names its best. yente's own algorithms (logic-v2, name-based …) are refused
 * with 400 as yente refuses an algorithm it does not have: answering them with another algorithm's scores would
 * be silently ignoring the parameter. The Passage algorithm takes no {@code config} parameters and no
 * {@code weights}; both are refused the same way (yente: "Invalid configuration parameter").
 */
final class Algorithms {

    static final String PASSAGE = "passage";
    static final String BEST = "best";
    static final String DESCRIPTION = "Passage's name model (scripts romanised several ways, given-name variants, gendered surnames, "
            + "typos, initials) with birth date, country and identifier evidence; scores calibrated on labelled pairs.";
    /** The parameters {@code config} may set: none. */
    static final Map<String, Object> CONFIG = Map.of();

    private Algorithms() {
    }

    /** The algorithm's name for a requested one ("best", "passage" in any case). */
    static String named(String requested) {
        String clean = requested.strip().toLowerCase(java.util.Locale.ROOT);
        if (clean.equals(BEST) || clean.equals(PASSAGE)) {
            return PASSAGE;
        }
        throw new InvalidMatchRequest("algorithm", "Invalid algorithm: " + requested + " (this server scores with \"" + PASSAGE
                + "\"; ask for \"best\" or leave it out)");
    }

    /** Refuses config keys and weights the algorithm does not take. */
    static void checkTuning(MatchRequest request) {
        for (String key : request.config().keySet()) {
            if (!CONFIG.containsKey(key)) {
                throw new InvalidMatchRequest("config", "Invalid configuration parameter: " + key + " for algorithm " + PASSAGE);
            }
        }
        if (!request.weights().isEmpty()) {
            throw new InvalidMatchRequest("weights", "Invalid weights: the " + PASSAGE + " algorithm takes no feature weights ("
                    + String.join(", ", new java.util.TreeSet<>(request.weights().keySet())) + ")");
        }
    }
}
