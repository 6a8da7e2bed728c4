package org.passage.watchlists.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates lists print ("28 Sep 1973", "Sep 1973", "circa 1960", "1960 to 1962", "17.3.2014",
 * "1988-01-07") into FtM's ISO prefixes ("1973-09-28", "1973-09", "1960"). What cannot be read gives nothing:
 * a wrong date would hurt matching more than a missing one.
 */
final class LooseDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,})\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,})\\.?\\s+(\\d{4})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

    private LooseDates() {
    }

    /** All dates found in the text (a range "1960 to 1962" gives its two ends). */
    static List<String> parse(String text) {
        List<String> dates = new ArrayList<>(2);
        String t = text.strip();
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            add(dates, m.group(1), m.group(2), m.group(3));
        } else if ((m = DAY_MONTH_YEAR.matcher(t)).find() && month(m.group(2)) > 0) {
            add(dates, m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        } else if ((m = DOTTED.matcher(t)).find()) {
            add(dates, m.group(3), m.group(2), m.group(1));
        } else if ((m = MONTH_YEAR.matcher(t)).find() && month(m.group(1)) > 0) {
            add(dates, m.group(2), String.valueOf(month(m.group(1))), null);
        } else {
            m = YEAR.matcher(t);
            while (m.find()) {
                if (!dates.contains(m.group(1))) {
                    dates.add(m.group(1));
                }
            }
        }
        return dates;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static void add(List<String> dates, String year, String month, String day) {
        var iso = new StringBuilder(year);
        if (month != null) {
            int mm = Integer.parseInt(month);
            if (mm < 1 || mm > 12) {
                dates.add(year);
                return;
            }
            iso.append('-').append(mm < 10 ? "0" : "").append(mm);
            if (day != null) {
                int dd = Integer.parseInt(day);
                if (dd >= 1 && dd <= 31) {
                    iso.append('-').append(dd < 10 ? "0" : "").append(dd);
                }
            }
        }
        dates.add(iso.toString());
    }
}
