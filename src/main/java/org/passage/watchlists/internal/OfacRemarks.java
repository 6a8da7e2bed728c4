package org.passage.watchlists.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text Remarks column of OFAC's legacy sdn.csv ("DOB 28 Sep 1973; POB Vinnitsa, Ukraine;
 * nationality Russia; Passport 123 (Russia); a.k.a. 'X'; Tax ID No. 7734 (Russia)") into FtM properties.
 * What it does not recognise goes to notes.
 */
final class OfacRemarks {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern COUNTRY_SUFFIX = Pattern.compile("\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private OfacRemarks() {
    }

    static void read(String remarks, EntityDraft draft) {
        for (String raw : remarks.split(";")) {
            String part = raw.strip();
            if (part.endsWith(".")) {
                part = part.substring(0, part.length() - 1).strip();
            }
            if (part.isEmpty()) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            if (lower.startsWith("alt. ")) {
                lower = lower.substring(5);
                part = part.substring(5);
            }
            if (lower.startsWith("dob ")) {
                LooseDates.parse(part.substring(4)).forEach(d -> draft.add("birthDate", d));
            } else if (lower.startsWith("pob ")) {
                draft.add("birthPlace", part.substring(4));
            } else if (lower.startsWith("nationality ")) {
                draft.add("nationality", part.substring(12));
            } else if (lower.startsWith("citizen ")) {
                draft.add("citizenship", part.substring(8));
            } else if (lower.startsWith("gender ")) {
                draft.add("gender", part.substring(7).toLowerCase(Locale.ROOT));
            } else if (lower.startsWith("a.k.a. ") || lower.startsWith("n.k.a. ")) {
                quoted(part, draft, "alias");
            } else if (lower.startsWith("f.k.a. ")) {
                quoted(part, draft, "previousName");
            } else if (lower.startsWith("passport ")) {
                draft.add("passportNumber", number(part.substring(9)));
            } else if (lower.startsWith("tax id no. ")) {
                identifier(part.substring(11), draft, "taxNumber", "innCode", 10, 12);
            } else if (lower.startsWith("registration number ")) {
                identifier(part.substring(20), draft, "registrationNumber", "ogrnCode", 13, 15);
            } else if (lower.startsWith("national id no. ")) {
                draft.add("idNumber", number(part.substring(16)));
            } else if (lower.startsWith("identification number ")) {
                draft.add("idNumber", number(part.substring(22)));
            } else if (lower.startsWith("vessel registration identification imo ")) {
                draft.add("imoNumber", "IMO" + number(part.substring(40)));
            } else if (lower.startsWith("website ")) {
                draft.add("website", part.substring(8));
            } else if (lower.startsWith("email address ")) {
                draft.add("email", part.substring(14));
            } else if (lower.startsWith("linked to: ")) {
                draft.add("notes", part);
            } else if (lower.startsWith("organization established date ")) {
                LooseDates.parse(part.substring(30)).forEach(d -> draft.add("incorporationDate", d));
            } else {
                draft.add("notes", part);
            }
        }
    }

    private static void quoted(String part, EntityDraft draft, String property) {
        Matcher m = QUOTED.matcher(part);
        boolean any = false;
        while (m.find()) {
            draft.add(property, m.group(1));
            any = true;
        }
        if (!any) {
            draft.add(property, part.substring(7));
        }
    }

    /** "123456 (Russia) expires 2025" → "123456". */
    private static String number(String text) {
        Matcher m = COUNTRY_SUFFIX.matcher(text);
        String value = text;
        int paren = text.indexOf('(');
        if (paren > 0) {
            value = text.substring(0, paren);
        } else if (m.find()) {
            value = text.substring(0, m.start());
        }
        return value.strip();
    }

    /** Russian tax (INN) and registration (OGRN) numbers also get their specific FtM property. */
    private static void identifier(String text, EntityDraft draft, String general, String russian, int... lengths) {
        String value = number(text);
        draft.add(general, value);
        if (text.contains("(Russia)") && DIGITS.matcher(value).matches()) {
            for (int length : lengths) {
                if (value.length() == length) {
                    draft.add(russian, value);
                }
            }
        }
    }
}
