package org.passage.days;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a member types it into a form: {@code 2026-12-07} as every page prints it, or {@code 07.12.2026} as
 * Russians, Ukrainians, Germans and the French-speaking Swiss write it (day first, points between; one-digit day or
 * month too). Date fields are text fields saying both forms in the page's language: a browser's date field shows
 * its own interface's order (mm/dd/yyyy in an American Chromium on a Russian page), so 07122026 typed there became
 * the 12th of July. Slashes are refused, since 07/12/2026 is the 7th of December in Europe and July in America.
 */
public final class TypedDay {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{4})");

    private TypedDay() {
    }

    /** The day typed (spaces around it ignored), or {@link DateTimeParseException} when it is neither form or no such day. */
    public static LocalDate parse(CharSequence typed) {
        String text = typed.toString().strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return day(text, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return day(text, dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        throw new DateTimeParseException("not yyyy-mm-dd nor dd.mm.yyyy", text, 0);
    }

    /**
     * Whether the text is written as a day with the day first ({@code 15.03.2022}), whether or not such a day exists:
     * a reader that also takes months, seasons or years asks this before {@link #parse}, so that a day-first text
     * which is no day ({@code 31.02.2022}) is refused as a day rather than read as something else.
     */
    public static boolean isDayFirst(CharSequence typed) {
        return DAY_FIRST.matcher(typed.toString().strip()).matches();
    }

    /**
     * A month as it is typed, {@code 2022-03} or {@code 03.2022} (Russians write a month with its number first, as they
     * write a day); empty when the text is neither form, {@link DateTimeParseException} when it is one of them but no
     * month (13.2022).
     */
    public static java.util.Optional<YearMonth> parseMonth(CharSequence typed) {
        String text = typed.toString().strip();
        Matcher iso = ISO_MONTH.matcher(text);
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        String year;
        String month;
        if (iso.matches()) {
            year = iso.group(1);
            month = iso.group(2);
        } else if (monthFirst.matches()) {
            year = monthFirst.group(2);
            month = monthFirst.group(1);
        } else {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (DateTimeException e) {
            throw new DateTimeParseException("no such month", text, 0, e);
        }
    }

    private static LocalDate day(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new DateTimeParseException("no such day", text, 0, e);
        }
    }
}
