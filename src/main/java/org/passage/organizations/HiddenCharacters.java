package org.passage.organizations;

/**
 * Characters a reader cannot see but a screen obeys: control characters and Unicode format characters, among them
 * the right-to-left override (U+202E) and the other bidirectional embeddings and isolates, which make a name shown in
 * a list read as something else ("Ark" followed by an override and reversed text). Names shown to others refuse them.
 * The zero-width joiner and non-joiner stay allowed: Persian, Indic scripts and emoji need them.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {
    }

    public static boolean in(String text) {
        return text.codePoints().anyMatch(HiddenCharacters::hidden);
    }

    /** The text without them: what a name stored before they were refused is shown as. */
    public static String removed(String text) {
        return text.codePoints().filter(c -> !hidden(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean hidden(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D;
    }
}
