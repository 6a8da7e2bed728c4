package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Organisation names in Han, Hangul and Thai, which put no space between words (深圳市佰联升电子科技有限公司,
 * 조선백호무역회사, บริษัทโซกุโซ่จำกัด), cut into the words an English-language list translates one by one: places
 * (深圳 Shenzhen, 香港 Hong Kong), descriptive words ({@link OrgTerms}: 电子 ELECTRONICS, 科技 TECHNOLOGY, 무역 TRADE) and
 * legal forms ({@link Vocabulary}: 有限公司, 회사, จำกัด). What lies between known words is the brand, kept as one word
 * and read in Pinyin or the Korean romanisations (佰联升 Bailiansheng, 백호 Paekho), which is how lists spell it.
 * Longest known word first, left to right. A one-character word (市, 所, 局, 部) is cut only at the end of the name or
 * right after a place, so that a brand holding the same character stays whole.
 */
final class UnspacedNames {

    /** Shorter words are a person's name (习近平, 김정은, 欧阳修文): never cut. */
    static final int MIN_LENGTH = 4;

    private UnspacedNames() {
    }

    /**
     * The words of {@code word} when it is a Han, Hangul or Thai organisation name holding a descriptive word or a
     * legal form of two characters or more; null for anything else (a person's name, a word in another script, a
     * Han word with no known organisation word in it). A place written alone is its Latin spelling.
     */
    static @Nullable List<String> cut(String word) {
        String whole = OrgTerms.place(word);
        if (whole != null) {
            return List.of(whole); // 香港 written apart (碼可菠蘿科技 香港 有限公司), ไทย
        }
        int length = word.codePointCount(0, word.length());
        if (length <= HanOrgWords.longest() && ChineseNames.isHan(word) && HanOrgWords.place(HanOrgWords.simplified(word))) {
            return List.of(word); // 美国 written apart
        }
        if (length < MIN_LENGTH || !OrgTerms.unspaced(word)) {
            return null;
        }
        int[] cps = word.codePoints().toArray();
        // the table of Chinese organisation words is in Simplified characters: 乳業 is looked up as 乳业
        int[] simplified = HanOrgWords.simplified(word).codePoints().toArray();
        if (simplified.length != cps.length) {
            simplified = cps;
        }
        int window = Math.max(OrgTerms.longestNative(), HanOrgWords.longest());
        List<String> out = new ArrayList<>();
        StringBuilder brand = new StringBuilder();
        boolean organisational = false;
        boolean afterPlace = false;
        boolean endsInWord = false;
        int i = 0;
        while (i < cps.length) {
            int number = number(cps, i);
            if (number > 0) {
                if (!brand.isEmpty()) {
                    out.add(brand.toString());
                    brand.setLength(0);
                }
                out.add(digits(cps, i, number));
                afterPlace = false;
                endsInWord = false;
                i += number;
                continue;
            }
            int found = 0;
            boolean hanPlace = false;
            for (int k = Math.min(window, cps.length - i); k >= 1 && found == 0; k--) {
                String candidate = new String(cps, i, k);
                String folded = simplified == cps ? candidate : new String(simplified, i, k);
                hanPlace = HanOrgWords.place(folded);
                boolean known = OrgTerms.place(candidate) != null || !OrgTerms.nativeTerm(candidate).isEmpty()
                        || Vocabulary.isUnspacedLegalForm(candidate) || HanOrgWords.known(folded);
                if (known && (k >= 2 || i + k == cps.length || afterPlace)) {
                    found = k;
                }
            }
            if (found == 0) {
                if (!brand.isEmpty() && katakana(brand.codePointBefore(brand.length())) != katakana(cps[i])) {
                    // Japanese writes a borrowed word in katakana between words in kanji (統一エンジン製造: unified ·
                    // engine · manufacturing): where the script changes, a word ends
                    out.add(brand.toString());
                    brand.setLength(0);
                }
                brand.appendCodePoint(cps[i]);
                afterPlace = false;
                i++;
                continue;
            }
            String known = new String(cps, i, found);
            if (!brand.isEmpty()) {
                out.add(brand.toString());
                brand.setLength(0);
            }
            String place = OrgTerms.place(known);
            out.add(place != null ? place : known);
            endsInWord = place == null && !hanPlace;
            organisational |= place == null && !hanPlace && found >= 2;
            afterPlace = place != null || hanPlace;
            i += found;
        }
        if (!brand.isEmpty()) {
            out.add(brand.toString());
            endsInWord = false;
        }
        if (!endsInWord && Character.UnicodeScript.of(cps[0]) == Character.UnicodeScript.HANGUL) {
            // a Korean organisation's name ends in what it is (무역회사, 은행, 연구소); a Hangul word that ends in a place
            // or in no known word is a foreign name written by sound (가스파리 Gasparri, not gas + Paris)
            return null;
        }
        return organisational ? out : null;
    }

    /** Katakana, with its long-vowel mark and the middle dot that joins the words of a foreign name (インテグラル・ザパド). */
    private static boolean katakana(int cp) {
        return cp >= 0x30A0 && cp <= 0x30FF || cp >= 0x31F0 && cp <= 0x31FF || cp == 0xFF65;
    }

    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    /**
     * Characters from {@code i} that write a number: digits (4村), or 第 and Han numerals up to 99 (第三, 第十二), so that
     * the third and the fourth branch of one company are told apart ({@link Contradictions}). 0 when none.
     */
    private static int number(int[] cps, int i) {
        int k = i;
        while (k < cps.length && cps[k] < 128 && Character.isDigit(cps[k])) {
            k++;
        }
        if (k > i) {
            return k - i;
        }
        if (cps[i] != '第') {
            return 0;
        }
        k = i + 1;
        while (k < cps.length && k - i <= 3 && (HAN_DIGITS.indexOf(cps[k]) >= 0 || cps[k] == '十')) {
            k++;
        }
        return k > i + 1 ? k - i : 0;
    }

    /** The digits of the number {@link #number} found. */
    private static String digits(int[] cps, int i, int length) {
        if (cps[i] != '第') {
            return new String(cps, i, length);
        }
        int value = 0;
        int current = 0;
        for (int k = i + 1; k < i + length; k++) {
            if (cps[k] == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                current = HAN_DIGITS.indexOf(cps[k]);
            }
        }
        return Integer.toString(value + current);
    }
}
