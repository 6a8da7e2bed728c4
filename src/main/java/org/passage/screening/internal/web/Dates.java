package org.passage.screening.internal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date values as yente cleans them (FollowTheMoney's date type): an ISO prefix is kept to the precision given
 * ("1965", "1965-04", "1965-04-21"), a time is cut off for dates of birth ("1965-04-21T10:00:00" = "1965-04-21"), a
 * number is read as its text (1965), and a value that is no date ("2 March", "1965-13") is dropped, as yente drops
 * it. Also yente's {@code changed_since} timestamps. Pure.
 */
final class Dates {

    static final java.util.Set<String> PROPERTIES = java.util.Set.of("birthDate", "deathDate", "incorporationDate",
            "dissolutionDate", "buildDate", "registrationDate");

    private static final Pattern PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?$");
    /** yente's TS_PATTERN for {@code changed_since}. */
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$");

    private Dates() {
    }

    /** The date at the precision given, or empty when the value is no date. */
    static Optional<String> clean(String value) {
        Matcher m = PREFIX.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(3) != null) {
                return Optional.of(LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).toString());
            }
            if (m.group(2) != null) {
                return Optional.of(YearMonth.parse(m.group(1) + "-" + m.group(2)).toString());
            }
            return Optional.of(m.group(1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A {@code changed_since} value as yente accepts it (a day, optionally with hours, minutes and seconds). */
    static LocalDateTime timestamp(String field, String value) {
        if (!TIMESTAMP.matcher(value).matches()) {
            throw InvalidMatchRequest.unprocessable(field, "expected YYYY-MM-DD or YYYY-MM-DDTHH[:MM[:SS]]");
        }
        String padded = value.length() == 10 ? value + "T00:00:00" : value.length() == 13 ? value + ":00:00"
                : value.length() == 16 ? value + ":00" : value;
        try {
            return LocalDateTime.parse(padded);
        } catch (DateTimeParseException e) {
            throw InvalidMatchRequest.unprocessable(field, "not a valid date and time");
        }
    }
}
