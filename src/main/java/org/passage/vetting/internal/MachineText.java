package org.passage.vetting.internal;

import com.ibm.icu.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.web.ReaderNumbers;
import org.springframework.context.MessageSource;

/**
 * What Passage itself wrote in English into a vetting run, in the reader's words: the source and record of each
 * finding ({@link FindingSources}, {@link FindingRules}, {@link FormationRules}) and the geo engine's notes on a
 * place. Runs keep these as written (a run is evidence, and runs saved before stay readable), so they are put in
 * words when read: each sentence shape Passage writes is one line below, its words in {@code messages*.properties}
 * under {@code machine.*}, what it names (ids, dates, places, snapshot files) carried over as written. Country names
 * from Natural Earth are written in the reader's language by the JDK's CLDR names. Any other text stays as it is,
 * so a record from a dataset is never altered.
 */
final class MachineText {

    private record Shape(Pattern english, String key) {
    }

    /** Longer shapes first: "units knowledge base" also ends the sanctions and positions shapes. */
    private static final List<Shape> SHAPES = List.of(
            shape("sanctions lists matched by the screening engine in the units knowledge base \\(not reviewed\\)", "unitSanctionLeads"),
            shape("sanctions lists linked in the units knowledge base", "unitSanctions"),
            shape("unit positions in the units knowledge base", "unitPositions"),
            shape("units knowledge base \\(existence dates\\)", "unitDates"),
            shape("units knowledge base \\(inferred links\\)", "unitInferred"),
            shape("units knowledge base", "units"),
            shape("service periods recorded for this case \\(his statement\\)", "periods"),
            shape("screening index \\(every imported watchlist\\)", "screeningIndex"),
            shape("written by an analyst", "analyst"),
            shape("no known unit resolved for \"(.*)\"", "unitUnresolved"),
            shape("no period covers (\\S+)", "gap"),
            shape("no period recorded", "noPeriods"),
            shape("index still loading at the run", "indexLoading"),
            shape("results could not be read at the run", "resultsUnread"),
            shape("^entry (.+) \\((.*)\\), score (\\S+), review (\\S+)$", "entry"),
            shape("^(\\S+) version (\\d+), dataset (.+)$", "listSource"),
            shape("^(\\S+) version (\\d+), imported by hand$", "listByHand"),
            shape("^periods (\\S+) and (\\S+)$", "twoPeriods"),
            shape("^unit (.+) \\((\\S+)\\) existed from (\\S+) to (\\S+)$", "unitExistedFromTo"),
            shape("^unit (.+) \\((\\S+)\\) existed from (\\S+)$", "unitExistedFrom"),
            shape("^unit (.+) \\((\\S+)\\) existed to (\\S+)$", "unitExistedTo"),
            shape("^manual finding (\\S+) of (\\S+)$", "manual"),
            shape("^place (.*); snapshots (.*)$", "placeSnapshots"),
            shape("(\\d{4}-\\d{2}-\\d{2}) not held (\\d+\\.\\d) km\\b", "snapshotFreeKm"),
            shape("(\\d{4}-\\d{2}-\\d{2}) held (\\d+\\.\\d) km\\b", "snapshotHeldKm"),
            shape("(\\d{4}-\\d{2}-\\d{2}) not held", "snapshotFree"),
            shape("(\\d{4}-\\d{2}-\\d{2}) held", "snapshotHeld"),
            shape("(\\d+\\.\\d) km\\b", "km"),
            shape("^place (.*); no snapshot read$", "placeNoSnapshot"),
            shape("\\bno version recorded by the data catalogue", "noVersion"),
            shape("\\bcatalogue unavailable", "catalogueUnavailable"),
            shape("inside the outline of (.+?) \\(Natural Earth 1:10m\\): occupation of Ukraine not checked", "outline"),
            shape("outside every country outline \\(sea or a border sliver\\)", "noOutline"),
            shape("no occupied-territory series loaded: only the areas occupied since 2014 were checked", "noSeries"),
            shape("not checked (.+?): no occupation data for these dates \\(load it with ./passage data update\\)", "uncheckedLoad"),
            shape("not checked (.+?): no occupation data for these dates", "unchecked"),
            shape("in (.+?): occupied since (\\d{4}), counted as occupied on every date \\((.*)\\)", "occupiedSince"),
            shape("occupied in the first snapshot of the series \\((.*)\\)", "firstSnapshot"),
            shape("first shown as occupied in (.+?); the snapshot before it \\((\\S+)\\) shows it held by Ukraine", "firstShown"));

    /**
     * The shapes put in words for English readers too. An occupation finding's record keeps each snapshot as
     * {@code 2022-03-01 not held 2.1 km} (runs are evidence, and a re-run compares what they stored); read as written, a
     * lawyer saw "not held 2.1 km" beside a finding that says "occupied" as a contradiction. Every language now says
     * which snapshot, whether the place was occupied in it and how far the occupied area (the line of contact) was.
     */
    private static final java.util.Set<String> IN_EVERY_LANGUAGE = java.util.Set.of("placeSnapshots", "snapshotFreeKm", "snapshotHeldKm",
            "snapshotFree", "snapshotHeld");

    private static final Map<String, String> COUNTRY_CODES = countryCodes();

    private final MessageSource messages;

    MachineText(MessageSource messages) {
        this.messages = messages;
    }

    /** The text in the reader's words, each shape Passage writes replaced; English readers get it as written but for {@link #IN_EVERY_LANGUAGE}. */
    String in(@Nullable String written, Locale locale) {
        if (written == null || written.isEmpty()) {
            return "";
        }
        boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        String text = written;
        for (Shape shape : SHAPES) {
            if (english && !IN_EVERY_LANGUAGE.contains(shape.key())) {
                continue;
            }
            @Nullable String pattern = messages.getMessage("machine." + shape.key(), null, null, locale);
            if (pattern == null) {
                continue;
            }
            Matcher m = shape.english().matcher(text);
            if (!m.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            do {
                Object[] groups = new Object[m.groupCount()];
                for (int g = 0; g < groups.length; g++) {
                    String value = m.group(g + 1) == null ? "" : m.group(g + 1);
                    groups[g] = switch (shape.key()) {
                        case "outline" -> country(value, locale);
                        case "km" -> ReaderNumbers.decimal(value, 1, locale);
                        case "snapshotFreeKm", "snapshotHeldKm" -> g == 1 ? ReaderNumbers.decimal(value, 1, locale) : value;
                        default -> value;
                    };
                }
                m.appendReplacement(out, Matcher.quoteReplacement(new MessageFormat(pattern, locale).format(groups)));
            } while (m.find());
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    private static Shape shape(String english, String key) {
        return new Shape(Pattern.compile(english), key);
    }

    private static String country(String englishName, Locale locale) {
        String code = COUNTRY_CODES.get(englishName);
        return code == null ? englishName : Locale.of("", code).getDisplayCountry(locale);
    }

    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH), code);
        }
        return Map.copyOf(codes);
    }
}
