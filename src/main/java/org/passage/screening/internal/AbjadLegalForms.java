package org.passage.screening.internal;

import java.util.regex.Pattern;

/**
 * Legal forms of Arabic and Persian company names as lists write them: abbreviated with a dot after each letter
 * (ش.ذ.م.م for شركة ذات مسؤولية محدودة, LLC; ذ.م.م; ش.م.ح and م.م.ح for a free-zone company or establishment, FZCO
 * and FZE; ش.م.ع, ش.م.ل, ش.م.ب, ش.م.ك for joint-stock companies) and the free zone spelled out (منطقة حرة, المنطقة
 * الحرة, Persian منطقه آزاد: FZ). Written that way the letters were split into one-letter words, which the name
 * comparison took for initials of the name (م against Moonlight); joined here into one word before the name is cut
 * into words, so that {@link Vocabulary} knows them as legal forms. Anything without an Arabic letter is returned
 * as it is, without a copy: the common case costs one scan of the characters.
 */
final class AbjadLegalForms {

    /** Two to five single Arabic letters, each but perhaps the last followed by a dot. */
    private static final Pattern DOTTED = Pattern.compile("(?<!\\p{L})[\\p{IsArabic}&&\\p{L}](?:\\s?\\.\\s?[\\p{IsArabic}&&\\p{L}](?!\\p{L})){1,4}\\.?");

    /** "Free zone" in Arabic (with or without the article) and Persian: one legal-form word. */
    private static final Pattern FREE_ZONE = Pattern.compile("(?:ال)?منطق[ةه]\\s+(?:(?:ال)?حر[ةه]|آزاد|ازاد)(?!\\p{L})");

    /** The word that {@link #FREE_ZONE} becomes; {@link Vocabulary} lists it as a legal form. */
    static final String FREE_ZONE_WORD = "منطقةحرة";

    private AbjadLegalForms() {
    }

    /** {@code text} with the dotted Arabic legal forms and the free zone each written as one word. */
    static String joined(String text) {
        if (!Scripts.isAbjad(text)) {
            return text;
        }
        String out = DOTTED.matcher(text).replaceAll(m -> " " + m.group().replaceAll("[\\s.]", "") + " ");
        return FREE_ZONE.matcher(out).replaceAll(" " + FREE_ZONE_WORD + " ");
    }
}
