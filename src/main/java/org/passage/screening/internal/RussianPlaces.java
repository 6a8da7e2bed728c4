package org.passage.screening.internal;

/**
 * How Russian makes the adjective of a place with -ский, beyond adding it to the place ({@link TokenMatch#placeAdjective}),
 * on romanised (BGN/PCGN) spellings. Source: Russian grammar's derivation of relative adjectives from place names
 * (Russian Grammar of the Academy of Sciences, 1980, §§ 1006–1010 on -ск-; the same in Rosenthal's handbook of spelling,
 * on -ский after г, к, х): a г, к or х before -ский turns into ж, ч or ш (Калуга калужский, Волга волжский, Рига
 * рижский); a place ending in an unstressed -о, -е, -и or -э takes -нский, -енский or -инский (Гродно гродненский,
 * Туапсе туапсинский, Сочи сочинский, Улан-Удэ улан-удэнский); a place in -ия keeps its и as -ийский (Феодосия
 * феодосийский, which lists write Feodosia or Feodosiya).
 */
final class RussianPlaces {

    private RussianPlaces() {
    }

    /** The stem with the consonant before -ский as the place has it (kaluzh kalug, rizh rig, volzh volg), or the stem itself. */
    static String unalternated(String stem) {
        int n = stem.length();
        if (n < 4 || stem.charAt(n - 1) != 'h') {
            return stem;
        }
        return switch (stem.charAt(n - 2)) {
            case 'z' -> stem.substring(0, n - 2) + "g";
            case 'c' -> stem.substring(0, n - 2) + "k";
            case 's' -> stem.substring(0, n - 2) + "kh";
            default -> stem;
        };
    }

    /**
     * {@code stem} (an adjective without -ский) is {@code place}, which ends in o, e, i or a Belarusian/Russian э (e), with
     * the link -н-, -ен- or -ин- (grodnen Grodno, tuapsin Tuapse, sochin Sochi, uden Ude).
     */
    static boolean linked(String stem, String place) {
        int n = stem.length();
        if (n < 4 || stem.charAt(n - 1) != 'n' || "eio".indexOf(place.charAt(place.length() - 1)) < 0) {
            return false;
        }
        String core = stem.substring(0, n - 1);
        if (place.equals(core)) {
            return true; // Sochi sochin-, Ulan-Ude uden-
        }
        int k = core.length() - 1;
        return core.length() == place.length() && core.length() >= 4 && "ei".indexOf(core.charAt(k)) >= 0 && place.regionMatches(0, core, 0, k);
    }

    /** The place is the stem before its glide with -a, -ya or -ja (feodosi-y- Feodosia, Feodosiya). */
    static boolean endsInIya(String place, String stem, int glide) {
        int rest = place.length() - glide;
        if (rest < 1 || rest > 2 || !place.regionMatches(0, stem, 0, glide) || place.charAt(place.length() - 1) != 'a') {
            return false;
        }
        return rest == 1 || "yj".indexOf(place.charAt(glide)) >= 0;
    }
}
