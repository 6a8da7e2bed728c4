package org.passage.geo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed range of days, as an applicant states it: a day ("2022-03-15"), a month ("2022-03"), a year, a season
 * ("spring 2022", "весна 2022", "winter 2022/23") or a range of any of these ("2022-03..2022-05", "2022-03-01/2022-03-30").
 * A bare "winter 2022" is refused: it could mean either side of the new year.
 */
public record DatePeriod(LocalDate from, LocalDate to, String label) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SEASON = Pattern.compile("(\\p{L}+)\\s+(\\d{4})(?:\\s*/\\s*(\\d{2}|\\d{4}))?");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:\\.\\.|/|\\s+to\\s+|\\s+[-–—]\\s+|–|—)\\s*(.+)");
    /** First month of each season (meteorological seasons, as people use them). */
    private static final Map<String, Integer> SEASONS = Map.ofEntries(
            Map.entry("spring", 3), Map.entry("summer", 6), Map.entry("autumn", 9), Map.entry("fall", 9),
            Map.entry("winter", 12), Map.entry("весна", 3), Map.entry("весной", 3), Map.entry("лето", 6),
            Map.entry("летом", 6), Map.entry("осень", 9), Map.entry("осенью", 9), Map.entry("зима", 12),
            Map.entry("зимой", 12), Map.entry("літо", 6), Map.entry("осінь", 9));

    public DatePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        if (label.isBlank()) {
            label = from.equals(to) ? from.toString() : from + ".." + to;
        }
    }

    public static DatePeriod day(LocalDate date) {
        return new DatePeriod(date, date, date.toString());
    }

    public static DatePeriod between(LocalDate from, LocalDate to) {
        return new DatePeriod(from, to, "");
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }

    /** Parses what an applicant or analyst typed; the message of the exception says what was expected. */
    public static DatePeriod parse(String text) {
        String input = text.strip().toLowerCase(Locale.ROOT);
        if (input.isEmpty() || input.length() > 64) {
            throw new IllegalArgumentException("a date or period is expected, e.g. 2022-03-15, 2022-03, spring 2022 or 2022-03-01..2022-04-15");
        }
        try {
            DatePeriod single = parseSingle(input);
            if (single != null) {
                return new DatePeriod(single.from, single.to, text.strip());
            }
            Matcher range = RANGE.matcher(input);
            if (range.matches()) {
                DatePeriod start = parseSingle(range.group(1));
                DatePeriod end = parseSingle(range.group(2));
                if (start != null && end != null) {
                    return new DatePeriod(start.from, end.to, text.strip());
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: \"" + text.strip() + "\" (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("cannot read \"" + text.strip()
                + "\" as a date or period; expected e.g. 2022-03-15, 2022-03, 2022, spring 2022, winter 2022/23 or 2022-03-01..2022-04-15");
    }

    private static DatePeriod parseSingle(String input) {
        Matcher m = DAY.matcher(input);
        if (m.matches()) {
            return day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = MONTH.matcher(input);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return between(month.atDay(1), month.atEndOfMonth());
        }
        m = YEAR.matcher(input);
        if (m.matches()) {
            Year year = Year.of(Integer.parseInt(m.group(1)));
            return between(year.atDay(1), year.atMonth(12).atEndOfMonth());
        }
        m = SEASON.matcher(input);
        if (m.matches() && SEASONS.containsKey(m.group(1))) {
            return season(SEASONS.get(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), input);
        }
        return null;
    }

    private static DatePeriod season(int firstMonth, int year, String secondYear, String input) {
        if (firstMonth == 12) {
            if (secondYear == null) {
                throw new IllegalArgumentException("\"" + input + "\" is ambiguous: write winter " + (year - 1) + "/"
                        + String.valueOf(year).substring(2) + " or winter " + year + "/" + String.valueOf(year + 1).substring(2));
            }
            int next = secondYear.length() == 2 ? (year / 100) * 100 + Integer.parseInt(secondYear) : Integer.parseInt(secondYear);
            if (next != year + 1) {
                throw new IllegalArgumentException("\"" + input + "\": a winter spans two consecutive years, e.g. winter 2022/23");
            }
            return between(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
        }
        if (secondYear != null) {
            throw new IllegalArgumentException("\"" + input + "\": only a winter spans two years");
        }
        return between(LocalDate.of(year, firstMonth, 1), YearMonth.of(year, firstMonth + 2).atEndOfMonth());
    }
}
