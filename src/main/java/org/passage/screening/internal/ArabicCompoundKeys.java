package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate-index keys of the Arabic-script compounds that Latin lists write as one word: عبد الله Abdullah,
 * عبد العزيز Abdulaziz, نور الدين Nuruddin, حبيب الرحمن Habiburrahman, رحمت الله Rahmatullah, ابو بكر Abubakar. Arabic
 * script writes the parts apart; the romanizations hyphenate them (ALA-LC Arabic: "ʻAbd al-ʻAzīz", the article joined
 * by a hyphen; BGN/PCGN 1956: "ʽAbd al ʽAzīz"), and lists drop the hyphen, as English, South Asian and Afghan usage
 * writes these names (Abdulaziz, Nuruddin, Rahmatullah). Only at the seams the conventions put there: after Abd (the
 * theophoric "servant of"), after Abu (the kunya), before the article, before Allah. Any two words put together
 * would find a namesake's one word for two words of an innocent name (measured: session 18 withdrew that).
 *
 * <p>A key is the consonant skeleton of the parts' phonetic forms put together, as {@link CandidateIndex} indexes
 * the skeleton of a Latin word; with the article's l and without it, since the article takes the sound of a sun
 * letter after it (ar-Rahman: Abdurrahman) and South Asian spellings keep it (Abdulrahman). Never looked at by the scorer.
 */
final class ArabicCompoundKeys {

    /** عبد and ابو / أبو as the Romanizer writes them (ع unwritten, و as w). */
    private static final String ABD = "bd";
    private static final String ABU = "abw";
    /** الله, and اللهی with the Persian -i of belonging (Faizullahi). */
    private static final String ALLAH = "allh";
    private static final String ALLAHI = "allhy";
    private static final String ARTICLE = "al";
    /**
     * جان, "dear", which Afghan usage puts after a given name and Latin lists write joined (Walijan, Guljan), as the
     * Persian surname suffixes ({@link PersianCompounds}: زاده Zada, Zadeh; نژاد Nejad) are written with a zero-width
     * non-joiner or apart in Persian letters and joined in Latin.
     */
    private static final String JAN = "jan";

    private ArabicCompoundKeys() {
    }

    /** The skeletons of the compounds of an Arabic-script name, each run of two or three words at a conventional seam. */
    static List<String> of(ParsedName name) {
        NameToken[] t = name.tokens();
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i + 1 < t.length; i++) {
            if (!t[i].abjad() || !t[i + 1].abjad() || t[i].forms().isEmpty() || t[i + 1].forms().isEmpty()) {
                continue;
            }
            String first = t[i].forms().getFirst();
            String second = t[i + 1].forms().getFirst();
            String next = t[i + 1].text();
            if (next.equals(ARTICLE)) {
                // X al-Y: Abd al-Aziz, Nur al-Din, Habib al-Rahman, Abu al-Fazl
                if (i + 2 < t.length && t[i + 2].abjad() && !t[i + 2].forms().isEmpty() && !t[i].text().equals(ARTICLE)) {
                    String third = t[i + 2].forms().getFirst();
                    add(out, first + second + third, t[i + 2]);
                    add(out, first + third, t[i + 2]);
                }
            } else if (next.equals(ALLAH) || next.equals(ALLAHI)) {
                add(out, first + second, t[i + 1]); // Abd Allah, Rahmat Allah, Faiz Allahi
            } else if (t[i].text().equals(ABD) || t[i].text().equals(ABU)) {
                add(out, first + second, t[i + 1]); // Abd Rabbo, Abu Bakr
            } else if (PersianCompounds.suffix(next) || next.equals(JAN)) {
                add(out, first + second, t[i + 1]); // Kaka zada, Hasan zadeh, Wali jan
            }
        }
        return out;
    }

    private static void add(List<String> out, String form, NameToken last) {
        String key = PhoneticForm.skeleton(form);
        AbjadReading reading = last.reading();
        // a final ه or ة that Latin writes as a vowel (ALA-LC Persian: -ah, -eh; Afghan and Central Asian usage -a:
        // Zada, Abdulla), and و as the vowel u rather than w (Abubakar): as CandidateIndex asks for one abjad word
        boolean open = key.endsWith("H") && reading != null && reading.endsInVowelLetter();
        for (String k : open ? List.of(key, key.substring(0, key.length() - 1)) : List.of(key)) {
            keep(out, k);
            keep(out, PhoneticForm.collapse(k.replace("v", "")));
        }
    }

    private static void keep(List<String> out, String key) {
        if (key.length() >= 3 && !out.contains(key)) {
            out.add(key);
        }
    }
}
