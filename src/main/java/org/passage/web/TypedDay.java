package org.passage.web;

import java.time.DateTimeException;
import java.time.LocalDate;
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

    private static LocalDate day(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new DateTimeParseException("no such day", text, 0, e);
        }
    }
}
