package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.passage.geo.DatePeriod;
import org.passage.days.TypedDay;

/**
 * The days a claimed service period may cover, from the dates as the applicant gave them: a day ("2022-03-15" or
 * "15.03.2022"), a month ("2022-03" or "03.2022"), a season ("spring 2022", "весна 2022") or a year. The earliest day is the first day the start can
 * mean, the latest the last day the end can mean; an empty end means "the same as the start", "now" the present.
 */
public record ClaimedDates(String fromText, String toText, LocalDate earliest, LocalDate latest) {

    private static final Set<String> NOW = Set.of("now", "today", "present", "сейчас", "по настоящее время", "maintenant");

    public ClaimedDates {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest");
        }
    }

    /** Reads both texts; refuses an end before the start and any date after {@code today}. */
    static ClaimedDates of(String fromText, String toText, LocalDate today) {
        String from = fromText == null ? "" : fromText.strip();
        String to = toText == null ? "" : toText.strip();
        if (from.isEmpty()) {
            throw new InvalidVettingInput("from", "vetting.error.from.required", "when did this service start? e.g. 2022-03, spring 2022");
        }
        DatePeriod start = parse("from", from);
        if (start.from().isAfter(today)) {
            throw new InvalidVettingInput("from", "vetting.error.date.future", "\"" + from + "\" lies in the future", from);
        }
        LocalDate latest;
        if (to.isEmpty()) {
            latest = start.to();
        } else if (NOW.contains(to.toLowerCase(Locale.ROOT))) {
            latest = today;
        } else {
            DatePeriod end = parse("to", to);
            if (end.from().isAfter(today)) {
                throw new InvalidVettingInput("to", "vetting.error.date.future", "\"" + to + "\" lies in the future", to);
            }
            if (end.to().isBefore(start.from())) {
                throw new InvalidVettingInput("to", "vetting.error.to.beforeFrom",
                        "the end (" + to + ") lies before the start (" + from + ")", to, from);
            }
            latest = end.to();
        }
        // a month or year still running ends today at the latest
        if (latest.isAfter(today)) {
            latest = today;
        }
        return new ClaimedDates(from, to, start.from(), latest);
    }

    /** French season names, which geo's parser does not know. */
    private static final java.util.Map<String, String> FRENCH_SEASONS = java.util.Map.of(
            "printemps", "spring", "été", "summer", "ete", "summer", "automne", "autumn", "hiver", "winter");

    private static DatePeriod parse(String field, String text) {
        if (TypedDay.isDayFirst(text)) {
            try {
                return DatePeriod.day(TypedDay.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidVettingInput(field, "vetting.error.date.unreadable", "no such day: " + text, text);
            }
        }
        java.util.Optional<java.time.YearMonth> month;
        try {
            month = TypedDay.parseMonth(text); // 03.2022 as Russians write it, or 2022-03
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidVettingInput(field, "vetting.error.date.unreadable", "no such month: " + text, text);
        }
        if (month.isPresent()) {
            return DatePeriod.between(month.get().atDay(1), month.get().atEndOfMonth());
        }
        try {
            String[] words = text.split("\\s+", 2);
            String english = FRENCH_SEASONS.get(words[0].toLowerCase(Locale.ROOT));
            DatePeriod parsed = DatePeriod.parse(english != null && words.length == 2 ? english + " " + words[1] : text);
            return parsed;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("ambiguous")) {
                // "winter 2022": either side of the new year
                throw new InvalidVettingInput(field, "vetting.error.date.winter", e.getMessage(), text);
            }
            throw new InvalidVettingInput(field, "vetting.error.date.unreadable", e.getMessage(), text);
        }
    }

    /** "2022-03 – spring 2022 (2022-03-01..2022-05-31)". */
    public String describe() {
        String said = toText.isEmpty() ? fromText : fromText + " – " + toText;
        return said + " (" + earliest + ".." + latest + ")";
    }

    boolean overlaps(ClaimedDates other) {
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }
}
