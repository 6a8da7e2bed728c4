package org.passage.vetting.internal;

import java.util.Locale;

/** A stored finding's phrase as an English reader sees it, for assertions on the words. */
final class English {

    private static final FindingWords WORDS = FindingWords.fromBundles();

    private English() {
    }

    static String of(Phrase phrase) {
        return WORDS.write(phrase, Locale.ENGLISH);
    }
}
