package org.passage.checkins.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a phrase is compared: Unicode-normalized, case-folded, spaces collapsed, so that "Погода хорошая" and
 * "погода  хорошая " are the same phrase when typed on a phone in a hurry.
 */
final class DuressPhrase {

    static final int MAX_LENGTH = 200;

    private DuressPhrase() {
    }

    static String normalize(String phrase) {
        String text = Normalizer.normalize(phrase == null ? "" : phrase, Normalizer.Form.NFKC);
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
