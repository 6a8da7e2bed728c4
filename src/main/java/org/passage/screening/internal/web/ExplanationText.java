package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A hit's explanation in the page's language. The engine writes each feature's detail in English sentences of a few
 * fixed shapes ("name 1 of the query against name 2 of the entry", "given name: ivan ~ iwan", "a name part differs on
 * each side; patronymics differ"); each shape has its wording in {@code messages*.properties} under
 * {@code screening.explain.*}, the names and numbers carried over as written. A sentence of no known shape stays as
 * the engine wrote it, so a new rule is shown in English rather than not at all.
 */
@Component("explanationText")
public class ExplanationText {

    private static final Pattern NAMES = Pattern.compile("name (\\d+) of the query against name (\\d+) of the entry");
    private static final Pattern PART = Pattern.compile("(given name|patronymic|initial|generic word|name part): (.+)");
    private static final Pattern SHORT = Pattern.compile("a short name \\((\\d+) letters\\) matches");
    private static final Pattern LEGAL_FORMS = Pattern.compile("legal forms differ \\((.+)\\)");
    private static final Pattern COUNTRY = Pattern.compile("shared nationality or country (.+)");
    private static final Pattern UNIT = Pattern.compile("shared military unit (.+)");
    private static final Pattern OTHER = Pattern.compile("[^0-9]+");

    private final MessageSource messages;

    ExplanationText(MessageSource messages) {
        this.messages = messages;
    }

    /** The detail in the current request's language. */
    public String read(String detail) {
        return read(detail, LocaleContextHolder.getLocale());
    }

    String read(String detail, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String sentence : detail.split("; ")) {
            out.add(sentence(sentence, locale));
        }
        return String.join("; ", out);
    }

    private String sentence(String s, Locale locale) {
        Matcher m;
        if ((m = NAMES.matcher(s)).matches()) {
            return say("screening.explain.names", s, locale, m.group(1), m.group(2));
        }
        if ((m = PART.matcher(s)).matches()) {
            return say("screening.explain.role." + key(m.group(1)), s, locale, m.group(2));
        }
        if ((m = SHORT.matcher(s)).matches()) {
            return say("screening.explain.shortName", s, locale, m.group(1));
        }
        if ((m = LEGAL_FORMS.matcher(s)).matches()) {
            return say("screening.explain.legalForms", s, locale, m.group(1));
        }
        if ((m = COUNTRY.matcher(s)).matches()) {
            return say("screening.explain.sharedCountry", s, locale, m.group(1));
        }
        if ((m = UNIT.matcher(s)).matches()) {
            return say("screening.explain.sharedUnit", s, locale, m.group(1));
        }
        return OTHER.matcher(s).matches() ? say("screening.explain.rule." + key(s), s, locale) : s;
    }

    /**
     * An entry's topics (FollowTheMoney's codes: {@code sanction}, {@code role.pep}, {@code crime.war} …) in the
     * request's language, joined; a code with no wording is shown as the list writes it.
     */
    public String topics(java.util.@org.jspecify.annotations.Nullable List<String> codes) {
        return topics(codes, LocaleContextHolder.getLocale());
    }

    String topics(java.util.@org.jspecify.annotations.Nullable List<String> codes, Locale locale) {
        if (codes == null) {
            return "";
        }
        return String.join(", ", codes.stream().map(code -> say("screening.topic." + code, code, locale)).toList());
    }

    /** A sentence as a message key: its words joined by dashes ("a one-word name of a person" → a-one-word-name-of-a-person). */
    static String key(String sentence) {
        return sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    }

    private String say(String key, String english, Locale locale, Object... args) {
        // no default from the English file: a sentence with no wording in this language stays as written
        String text = messages.getMessage(key, args, null, locale);
        return text == null ? english : text;
    }
}
